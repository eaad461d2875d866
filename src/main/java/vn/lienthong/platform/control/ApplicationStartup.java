package vn.lienthong.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.lienthong.demo.DemoData;

/**
 * What runs once before the application takes requests: the schema migrations, then the demo data when asked
 * for. A failure here fails the deployment, so the system never serves a half-migrated database.
 *
 * <p>The datasource takes its URL and credentials from MicroProfile Config, so {@code DB_URL},
 * {@code DB_USER} and {@code DB_PASSWORD} in the environment (or {@code -Ddb.url=...}) choose the database.
 * A plain listener instead of EJB start-up beans keeps the EJB container, and its start-up time, out.
 */
@WebListener
@DataSourceDefinition(
        name = ApplicationStartup.DATASOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                // validating every checkout cost a round trip per query; once a minute per connection is enough
                "fish.payara.validate-atmost-once-period-in-seconds=60",
                // the pool's statement wrappers turn prepareStatement(sql) into prepareStatement(sql, type,
                // concurrency), which MariaDB Connector/J prepares to return generated keys; a batch prepared so
                // is sent one statement per row instead of as one bulk command (a server before MariaDB 11.5
                // cannot return keys in bulk), so the invitations of a national meeting made 3,322 statements
                "fish.payara.wrap-jdbc-objects=false"})
public class ApplicationStartup implements ServletContextListener {

    public static final String DATASOURCE = "java:app/jdbc/lienthong";

    @Inject
    Migrations migrations;

    @Inject
    DemoData demoData;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrations.migrate();
        demoData.load();
    }
}
