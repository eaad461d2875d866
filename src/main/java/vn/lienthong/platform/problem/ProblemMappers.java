package vn.lienthong.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The mappers that send every failure through {@link ProblemMapping}. Several are needed only because
 * JAX-RS picks the mapper of the closest type, and the runtime ships its own for some of them.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(E exception) {
            return ProblemMapping.toResponse(exception, locale());
        }

        private Locale locale() {
            try {
                return Messages.choose(headers.getAcceptableLanguages());
            } catch (RuntimeException noRequest) {
                return Messages.VIETNAMESE;
            }
        }
    }

    @Provider
    public static class Everything extends Base<Throwable> {
    }

    @Provider
    public static class Web extends Base<WebApplicationException> {
    }

    @Provider
    public static class Validation extends Base<ConstraintViolationException> {
    }

    @Provider
    public static class Problem extends Base<ProblemException> {
    }

    @Provider
    public static class Json extends Base<jakarta.json.bind.JsonbException> {
    }

    @Provider
    public static class Processing extends Base<jakarta.ws.rs.ProcessingException> {
    }
}
