package vn.lienthong.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what waits in the mail outbox: right after a change that queued mail commits, and again every retry
 * period for what failed. One pass opens one connection to the mail server; when the server cannot be reached,
 * every mail due counts a failed attempt, the pass says so in one log line and stops, and the mails wait for the
 * next retry (the wait doubles with each attempt). Only one pass runs at a time on an instance.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final int PAGE = 200;

    @Inject
    MailSettings settings;

    @Inject
    OutboxRows rows;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesWritten written) {
        if (written.mailQueued()) {
            drainSoon();
        }
    }

    /** Starts a pass unless one is running; a running pass makes another round for what came in meanwhile. */
    public void drainSoon() {
        if (!settings.enabled()) {
            return;
        }
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::passes);
        }
    }

    private void passes() {
        try {
            while (requested.getAndSet(false)) {
                drain();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox not sent: {0}", String.valueOf(e));
        } finally {
            running.set(false);
        }
        if (requested.get() && running.compareAndSet(false, true)) {
            executor.execute(this::passes);
        }
    }

    private void drain() {
        Session session = Session.getInstance(settings.sessionProperties());
        List<OutboxRows.Pending> due = rows.due(Instant.now(), PAGE);
        while (!due.isEmpty()) {
            try (Transport transport = session.getTransport("smtp")) {
                connect(transport);
                due.forEach(mail -> send(session, transport, mail));
            } catch (MessagingException unreachable) {
                Instant now = Instant.now();
                LOG.log(Level.WARNING, "Mail server {0}:{1} not reached, {2} mail(s) wait for the next attempt: {3}",
                        new Object[] {settings.host(), Integer.toString(settings.port()), due.size(),
                                String.valueOf(unreachable.getMessage())});
                for (OutboxRows.Pending mail : due) {
                    rows.failed(List.of(mail.id()), String.valueOf(unreachable.getMessage()), now,
                            next(mail.attempts() + 1, now));
                }
                return;
            }
            if (due.size() < PAGE) {
                return;
            }
            due = rows.due(Instant.now(), PAGE);
        }
    }

    private void connect(Transport transport) throws MessagingException {
        if (settings.username().isPresent()) {
            transport.connect(settings.host(), settings.port(), settings.username().get(), settings.password());
        } else {
            transport.connect();
        }
    }

    private void send(Session session, Transport transport, OutboxRows.Pending mail) {
        MailText text = MailText.of(mail.notice(), settings.publicUrl());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address(), true));
            message.setSubject(text.subject(), "UTF-8");
            message.setText(text.body(), "UTF-8");
            message.setSentDate(new Date());
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            rows.sent(mail.id(), Instant.now());
        } catch (MessagingException e) {
            Instant now = Instant.now();
            Instant next = next(mail.attempts() + 1, now);
            LOG.log(Level.WARNING, "Mail to {0} not sent (attempt {1}{2}): {3}", new Object[] {mail.address(),
                    mail.attempts() + 1, next == null ? ", given up" : "", String.valueOf(e.getMessage())});
            rows.failed(List.of(mail.id()), String.valueOf(e.getMessage()), now, next);
        }
    }

    /** When to try again after {@code attempts} attempts; null once they are used up. */
    private Instant next(int attempts, Instant now) {
        return attempts >= settings.maxAttempts() ? null : now.plus(settings.backoff(attempts));
    }
}
