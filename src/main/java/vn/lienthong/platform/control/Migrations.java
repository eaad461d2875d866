package vn.lienthong.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date from the scripts in {@code sql/migration} before anything else runs.
 */
@ApplicationScoped
public class Migrations {

    public static final String DATASOURCE = ApplicationStartup.DATASOURCE;
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private volatile boolean done;

    /** Called once at start, before the application takes requests (see ApplicationStartup). */
    public void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                // the run command starts its embedded database while the server boots: wait for it
                .connectRetries(60)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
        done = true;
    }

    public boolean isDone() {
        return done;
    }
}
