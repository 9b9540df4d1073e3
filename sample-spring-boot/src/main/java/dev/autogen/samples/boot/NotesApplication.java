package dev.autogen.samples.boot;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Notes, kept in PostgreSQL through Spring Data JPA. The schema is autogen's: the migrations under {@code db.versions}
 * are compiled with the application and applied at startup, before JPA validates the entities against the tables.
 */
@SpringBootApplication
public class NotesApplication {

  public static void main(String[] args) {
    SpringApplication.run(NotesApplication.class, args);
  }

  /** Adds a note and lists them all, to show the schema the migrations built at work. */
  @Bean
  CommandLineRunner demo(NoteRepository notes) {
    return args -> {
      notes.save(new Note("Written at " + java.time.Instant.now()));
      notes.findAll().forEach(note -> System.out.println("note " + note.getId() + " [" + note.getPriority() + "]: "
          + note.getText()));
    };
  }
}
