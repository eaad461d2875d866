package vn.lienthong.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.lienthong.platform.problem.BodyTooLargeException;
import vn.lienthong.platform.problem.Messages;
import vn.lienthong.platform.problem.Problems;

/**
 * Refuses oversized request bodies before they are read into memory: by their declared length at once,
 * and, for bodies sent without one, as soon as the limit is passed while reading.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limit();
        if (declaredLength(request) > limit) {
            // a declared length over the limit is refused from the headers alone: nothing of the body is read
            request.abortWith(Problems.tooLarge(Messages.choose(request.getAcceptableLanguages()), limit));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    /**
     * The declared Content-Length, read as a long: {@code getLength()} is an int and says -1 for 2 GiB and more,
     * exactly the uploads that must be refused from their headers.
     */
    private static long declaredLength(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private long limit() {
        var method = resource.getResourceMethod();
        MaxBodySize declared = method == null ? null : method.getAnnotation(MaxBodySize.class);
        if (declared == null) {
            return MaxBodySize.DEFAULT;
        }
        if (declared.property().isEmpty()) {
            return declared.value();
        }
        return ConfigProvider.getConfig().getOptionalValue(declared.property(), Long.class)
                .map(megabytes -> megabytes * 1024 * 1024).orElse(declared.value());
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
