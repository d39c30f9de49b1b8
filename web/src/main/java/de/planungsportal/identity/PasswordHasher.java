package de.planungsportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt hashes in modular-crypt form ({@code $2a$12$...}), made with Elytron's own password API so
 * the server's jdbc-realm reads them exactly as written.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int COST = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  public String hash(String clear) {
    byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
    RANDOM.nextBytes(salt);
    try {
      Password password =
          factory()
              .generatePassword(
                  new EncryptablePasswordSpec(
                      clear.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      return ModularCrypt.encodeAsString(password);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt unavailable", e);
    }
  }

  public boolean matches(String clear, String hash) {
    if (clear == null || hash == null) {
      return false;
    }
    try {
      PasswordFactory factory = factory();
      return factory.verify(factory.translate(ModularCrypt.decode(hash)), clear.toCharArray());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static PasswordFactory factory() throws GeneralSecurityException {
    return PasswordFactory.getInstance(
        BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
  }
}
