package vn.lienthong.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
        if (request.getLength() > limit) {
            request.abortWith(Problems.response(413, "too-large", Messages.choose(request.getAcceptableLanguages()),
                    "problem.tooLarge", limit / 1024));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private long limit() {
        var method = resource.getResourceMethod();
        MaxBodySize declared = method == null ? null : method.getAnnotation(MaxBodySize.class);
        return declared == null ? MaxBodySize.DEFAULT : declared.value();
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
