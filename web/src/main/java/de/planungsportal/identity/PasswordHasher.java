package de.planungsportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
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

  /** A hash at the production cost of a password nobody knows, made once per server start. */
  private volatile String standIn;

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

  /**
   * Does the work of one password check at the production cost when there is no hash to check
   * against (unknown, locked or disabled account), so that such a sign-in answers no faster than a
   * wrong password for an account that can sign in.
   */
  public void checkWithoutAccount(String clear) {
    matches(clear == null ? "" : clear, standIn());
  }

  String standIn() {
    String hash = standIn;
    if (hash == null) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      hash = hash(HexFormat.of().formatHex(secret));
      standIn = hash;
    }
    return hash;
  }

  private static PasswordFactory factory() throws GeneralSecurityException {
    return PasswordFactory.getInstance(
        BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
  }
}
