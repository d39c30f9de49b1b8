package de.planungsportal.indicator;

import java.math.BigDecimal;

/** Which way an indicator is good: more (UP), less (DOWN), or neither (NONE). */
public enum Direction {
  UP,
  DOWN,
  NONE;

  /** Whether the change from one value to another goes the good way; null when neither is good. */
  public Boolean isGood(BigDecimal from, BigDecimal to) {
    int change = to.compareTo(from);
    return switch (this) {
      case UP -> change > 0;
      case DOWN -> change < 0;
      case NONE -> null;
    };
  }
}
