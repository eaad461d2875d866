package vn.lienthong.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Fixtures;

/**
 * Issue 3, notification mail through a real SMTP server (GreenMail on the port the tests give the application):
 * an approved meeting's invitation reaches the invited unit's users once per address, in Vietnamese, with the
 * time in Vietnam and a link to the meeting; mail queued while the server is down is delivered once it is back.
 * Weeks 88-89 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    /** Xã Phú Tân, a commune of Huyện Châu Thành (942), which only these tests give users with addresses. */
    private static final String COMMUNE = "31582";

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 42525);

    @ArquillianResource
    URL base;

    private GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /** Two users of the commune sharing one address (written differently), and one with an address of its own. */
    private List<String> usersWithAddresses() {
        String shared = Fixtures.unique("van-thu") + "@xa.test";
        String own = Fixtures.unique("chu-tich") + "@xa.test";
        Api admin = as("admin");
        for (String address : List.of(shared, shared.toUpperCase(), own)) {
            var account = Fixtures.account(Fixtures.unique("nd"), COMMUNE, "mat-khau-thu-2024", "CLERK")
                    .add("email", address);
            var reply = admin.post("api/users", account.build().toString());
            assertEquals(201, reply.status(), () -> "creating an account: " + reply);
            assertEquals(address, reply.json().getString("email"));
        }
        return List.of(shared, own);
    }

    private long approvedMeeting(String title, int week, String from, String to) {
        long id = id(book(as("thuky"), meeting(title, week(week), from, to, COMMUNE)));
        assertEquals("APPROVED", as("thuky").post("api/meetings/" + id + "/submit", "{}").json().getString("status"));
        return id;
    }

    /** The mails about the meeting titled {@code title} to {@code addresses} (users of other tests get theirs too). */
    private static List<MimeMessage> received(GreenMail server, String title, List<String> addresses) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> subject(m).endsWith(title) && addresses.contains(to(m))).toList();
    }

    private static long outbox(long meeting, List<String> addresses, String condition) {
        return Database.count("SELECT COUNT(*) FROM mail_outbox o JOIN notification n ON n.id = o.notification_id"
                + " WHERE n.meeting_id = ? AND o.address IN (?, ?) AND " + condition, meeting, addresses.get(0),
                addresses.get(1));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void anApprovedMeetingsInvitationReachesEveryAddressOfTheUnitOnceInVietnamese() throws Exception {
        smtp = startMailServer();
        List<String> addresses = usersWithAddresses();
        String title = unique("Họp bàn giải pháp đẩy mạnh tiêu thụ lúa gạo");

        long id = approvedMeeting(title, 88, "08:00", "10:00");

        await("two mails", Duration.ofSeconds(30), () -> received(smtp, title, addresses).size() >= 2);
        Thread.sleep(1000);
        List<MimeMessage> mails = received(smtp, title, addresses);
        assertEquals(addresses.stream().sorted().toList(), mails.stream().map(MailIT::to).sorted().toList(),
                "one mail per address, however many users share it");
        MimeMessage mail = mails.get(0);
        assertEquals("[Liên Thông] Giấy mời họp: " + title, mail.getSubject());
        String body = body(mail);
        assertTrue(body.contains("08:00 - 10:00"), body);
        assertTrue(body.contains(week(88).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))), body);
        assertTrue(body.contains("giờ Việt Nam"), body);
        assertTrue(body.contains("http://lienthong.test/#/meetings/" + id), body);
        assertEquals(2, outbox(id, addresses, "o.sent_at IS NOT NULL"));
    }

    @Test
    void mailQueuedWhileTheServerIsDownIsDeliveredOnceItIsBack() throws Exception {
        List<String> addresses = usersWithAddresses();
        String title = unique("Họp triển khai mùa khô");

        long id = approvedMeeting(title, 89, "14:00", "15:00");

        await("a failed attempt", Duration.ofSeconds(30), () -> outbox(id, addresses,
                "o.sent_at IS NULL AND o.attempts >= 1 AND o.last_error IS NOT NULL") == 2);
        smtp = startMailServer();
        await("the mails after a retry", Duration.ofSeconds(60), () -> received(smtp, title, addresses).size() >= 2);

        List<MimeMessage> mails = received(smtp, title, addresses);
        assertEquals(addresses.stream().sorted().toList(), mails.stream().map(MailIT::to).sorted().toList());
        assertEquals("[Liên Thông] Giấy mời họp: " + title, mails.get(0).getSubject());
        assertEquals(2, outbox(id, addresses, "o.sent_at IS NOT NULL AND o.attempts >= 2"),
                "sent, and the attempts counted");
    }

    private static String body(MimeMessage mail) throws IOException, MessagingException {
        return (String) mail.getContent();
    }
}
