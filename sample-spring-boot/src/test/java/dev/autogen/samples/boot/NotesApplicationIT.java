package dev.autogen.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as it starts: its embedded PostgreSQL, the migrations compiled with it applied at startup, JPA
 * validating the entity against the tables they built, and a note through the repository and back.
 */
@SpringBootTest
class NotesApplicationIT {

  @Autowired
  NoteRepository notes;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void startsOnTheMigratedSchemaAndRoundTripsANote() {
    assertThat(jdbc.queryForList("SELECT version_num FROM autogen_version", String.class))
        .containsExactly("5a0000000002");
    assertThat(jdbc.queryForList("SELECT column_name || ' ' || data_type || ' ' || is_nullable"
        + " FROM information_schema.columns WHERE table_name = 'note' ORDER BY ordinal_position", String.class))
        .containsExactly("id bigint NO", "text character varying NO", "priority integer NO");
    assertThat(jdbc.queryForList("SELECT revision || ' ' || action FROM autogen_version_history ORDER BY id",
        String.class)).containsExactly("5a0000000001 upgrade", "5a0000000002 upgrade");

    Note saved = notes.save(new Note("round trip"));

    assertThat(notes.findById(saved.getId())).map(Note::getText).hasValue("round trip");
    List<String> texts = notes.findAll().stream().map(Note::getText).toList();
    assertThat(texts).contains("Welcome: this note was written by a data migration", "round trip");
  }
}
