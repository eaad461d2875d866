package vn.lienthong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.directory.boundary.UnitImports;
import vn.lienthong.directory.control.ImportFile;
import vn.lienthong.directory.control.ImportScope;
import vn.lienthong.directory.entity.ImportKind;

/**
 * Loads the demo data set at start when {@code lienthong.demo=true} (the run command sets it when it starts
 * its own embedded database). Every step only adds what is missing, so restarts change nothing.
 */
@ApplicationScoped
public class DemoData {

    static final String PROVINCE = "94";
    static final String LIST = "soc_trang_2021-11-01.csv";
    static final LocalDate LIST_DATE = LocalDate.of(2021, 11, 1);
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "lienthong.demo", defaultValue = "false")
    boolean demo;

    @Inject
    UnitImports imports;

    @Inject
    DemoSeeder seeder;

    /** Called once at start, after the migrations (see ApplicationStartup). */
    public void load() {
        if (!demo) {
            return;
        }
        if (!seeder.hasUnit(PROVINCE)) {
            var result = imports.runAsSystem(new ImportFile(ImportKind.UNITS, LIST, read(LIST), LIST_DATE,
                    ImportScope.PROVINCES));
            LOG.info(() -> "Demo units loaded: " + result.created() + " created, " + result.rejected() + " rejected");
        }
        int points = seeder.addMissingPoints(PROVINCE, LIST_DATE);
        int users = seeder.addMissingAccounts(PROVINCE, LIST_DATE);
        LOG.info(() -> "Demo data ready: " + points + " meeting points and " + users + " accounts added");
    }

    private static byte[] read(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/db/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
