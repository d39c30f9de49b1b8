package de.planungsportal.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A message-bundle key with its arguments, as an argument of another message: translated when the
 * message is shown, in the reader's language. A list of them is shown joined by commas.
 *
 * @param fallback the key used when the bundle lacks {@code key} (a table added after the bundle
 *     was written, say); null for none
 */
public record Translatable(String key, String fallback, List<Object> arguments) {

  public Translatable {
    arguments = List.copyOf(arguments);
  }

  /** The text of a key, with any {@code Translatable} (or list of them) among its arguments. */
  public static String format(
      ResourceBundle bundle, Locale locale, String key, Object... arguments) {
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = resolve(bundle, locale, arguments[i]);
    }
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return resolved.length == 0 ? pattern : new MessageFormat(pattern, locale).format(resolved);
  }

  private static Object resolve(ResourceBundle bundle, Locale locale, Object argument) {
    if (argument instanceof Translatable t) {
      String key = bundle.containsKey(t.key()) || t.fallback() == null ? t.key() : t.fallback();
      return format(bundle, locale, key, t.arguments().toArray());
    }
    if (argument instanceof List<?> list
        && list.stream().allMatch(Translatable.class::isInstance)) {
      return list.stream()
          .map(t -> resolve(bundle, locale, t).toString())
          .collect(Collectors.joining(", "));
    }
    return argument;
  }
}
