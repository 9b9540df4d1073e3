package dev.autogen.bench;

import dev.autogen.runtime.Autogen;
import java.lang.management.ManagementFactory;
import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A minimal Spring Boot application with a DataSource and one migration integration, as its own process:
 * {@code BootStartupMain <autogen|flyway> <jdbc url> <user> <flyway scripts dir>}. The other integration's
 * auto-configuration is excluded; the revisions are on the class path (autogen's index), the SQL files in the
 * directory (Flyway). Prints {@code refresh_ms=<SpringApplication.run> uptime_ms=<JVM start to refreshed>
 * pending=<left to apply> known=<revisions found>}, the last two read after the timing.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BootStartupMain {

  static final String AUTOGEN_AUTO_CONFIGURATION = "dev.autogen.spring.AutogenAutoConfiguration";
  static final String FLYWAY_AUTO_CONFIGURATION =
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

  public static void main(String[] args) {
    boolean autogen = args[0].equals("autogen");
    long start = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(BootStartupMain.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run("--spring.datasource.url=" + args[1], "--spring.datasource.username=" + args[2],
            "--spring.autoconfigure.exclude=" + (autogen ? FLYWAY_AUTO_CONFIGURATION : AUTOGEN_AUTO_CONFIGURATION),
            "--spring.flyway.locations=filesystem:" + args[3]);
    long refreshMillis = (System.nanoTime() - start) / 1_000_000;
    long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    int pending;
    int known;
    if (autogen) {
      Autogen migrations = context.getBean(Autogen.class);
      pending = migrations.pending().size();
      known = migrations.graph().history().size();
    } else {
      Flyway migrations = context.getBean(Flyway.class);
      pending = migrations.info().pending().length;
      known = migrations.info().applied().length;
    }
    System.out.println("refresh_ms=" + refreshMillis + " uptime_ms=" + uptimeMillis + " pending=" + pending
        + " known=" + known);
    context.close();
  }
}
