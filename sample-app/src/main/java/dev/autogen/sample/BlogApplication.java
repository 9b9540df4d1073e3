package dev.autogen.sample;

import dev.autogen.sample.model.Post;
import dev.autogen.sample.model.User;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The sample application: plain Hibernate over the schema autogen's migrations create. Hibernate only validates
 * the schema ({@code hibernate.hbm2ddl.auto=validate}); creating and changing it is the migrations' job.
 */
public final class BlogApplication implements AutoCloseable {

  private final EntityManagerFactory factory;

  public BlogApplication(String jdbcUrl, String user, String password) {
    this.factory = new HibernatePersistenceConfiguration("blog")
        .managedClasses(User.class, Post.class)
        .jdbcUrl(jdbcUrl)
        .jdbcCredentials(user, password)
        .property("hibernate.hbm2ddl.auto", "validate")
        // table "user" is a reserved word: without this, Hibernate writes it unquoted and every insert fails
        .property("hibernate.auto_quote_keyword", "true")
        .createEntityManagerFactory();
  }

  /** Registers a user with a first post; returns the user's id. */
  public long register(String username, String email, String fullName, String firstPostTitle) {
    return factory.callInTransaction(em -> {
      User user = new User(username, email, fullName);
      em.persist(user);
      Post post = new Post(user, firstPostTitle, "Hello from " + username);
      post.publish();
      em.persist(post);
      return user.getId();
    });
  }

  /** Titles of a user's posts, oldest first. */
  public List<String> postTitles(String username) {
    return factory.callInTransaction(em -> em
        .createQuery("select p.title from Post p where p.author.username = :username order by p.id", String.class)
        .setParameter("username", username)
        .getResultList());
  }

  @Override
  public void close() {
    factory.close();
  }
}
