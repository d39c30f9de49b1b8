package de.planungsportal.results.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A horizontal bar chart drawn with OpenPDF's own graphics into a form XObject and placed as an
 * image: one bar per label, its value written beside it. A bar without a value (a suppressed cell)
 * is drawn as no bar with the marker text instead, so a chart never shows what the table hides. The
 * table printed with every chart is its text alternative.
 */
public final class BarChart {

  /** One bar: its label, its value (null: not shown) and the text written beside it. */
  public record Bar(String label, Double value, String caption) {}

  private static final Color BAR = new Color(0x2F, 0x5D, 0x8A);
  private static final Color AXIS = new Color(0x88, 0x88, 0x88);
  private static final Color MUTED = new Color(0x66, 0x66, 0x66);
  private static final float ROW = 16;
  private static final float LABEL_WIDTH = 170;
  private static final float FONT_SIZE = 8;

  private static final BaseFont FONT = font();

  private BarChart() {}

  /**
   * The chart as an image of the given width; values are scaled to {@code max} (e.g. 100 for
   * percentages), or to the largest value when max is null.
   */
  public static Image of(PdfWriter writer, List<Bar> bars, float width, Double max) {
    float height = Math.max(1, bars.size()) * ROW + 8;
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    double scale =
        max != null
            ? max
            : bars.stream()
                .map(Bar::value)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
    if (scale <= 0) {
      scale = 1;
    }
    float plot = width - LABEL_WIDTH - 70;
    float y = height - ROW;
    for (Bar bar : bars) {
      text(template, fit(bar.label(), LABEL_WIDTH - 6), 0, y + 4, Color.BLACK);
      if (bar.value() != null) {
        float length = (float) (Math.max(0, bar.value()) / scale * plot);
        template.setColorFill(BAR);
        template.rectangle(LABEL_WIDTH, y + 2, Math.max(length, 0.5f), ROW - 5);
        template.fill();
        text(template, bar.caption(), LABEL_WIDTH + length + 4, y + 4, Color.BLACK);
      } else {
        text(template, bar.caption(), LABEL_WIDTH + 4, y + 4, MUTED);
      }
      y -= ROW;
    }
    template.setColorStroke(AXIS);
    template.setLineWidth(0.5f);
    template.moveTo(LABEL_WIDTH, 4);
    template.lineTo(LABEL_WIDTH, height);
    template.stroke();
    try {
      Image image = Image.getInstance(template);
      image.setAlt(
          String.join(", ", bars.stream().map(b -> b.label() + ": " + b.caption()).toList()));
      return image;
    } catch (BadElementException e) {
      throw new IllegalStateException("chart template", e);
    }
  }

  private static void text(PdfTemplate template, String value, float x, float y, Color color) {
    template.beginText();
    template.setFontAndSize(FONT, FONT_SIZE);
    template.setColorFill(color);
    template.showTextAligned(PdfContentByte.ALIGN_LEFT, value == null ? "" : value, x, y, 0);
    template.endText();
  }

  /** The label cut with an ellipsis where it would run into the bars. */
  private static String fit(String label, float width) {
    String value = label == null ? "" : label;
    if (FONT.getWidthPoint(value, FONT_SIZE) <= width) {
      return value;
    }
    while (!value.isEmpty() && FONT.getWidthPoint(value + "…", FONT_SIZE) > width) {
      value = value.substring(0, value.length() - 1);
    }
    return value + "…";
  }

  private static BaseFont font() {
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
