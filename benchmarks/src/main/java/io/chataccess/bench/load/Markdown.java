package io.chataccess.bench.load;

import java.util.List;
import java.util.Locale;

/** The report as it is written: headings, paragraphs and tables. */
public final class Markdown {

  private final StringBuilder text = new StringBuilder();

  public Markdown heading(int level, String title) {
    text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
    return this;
  }

  public Markdown paragraph(String paragraph) {
    text.append(paragraph).append("\n\n");
    return this;
  }

  public Markdown bullet(String item) {
    text.append("- ").append(item).append('\n');
    return this;
  }

  public Markdown end() {
    text.append('\n');
    return this;
  }

  public Markdown table(List<String> header, List<List<String>> rows) {
    text.append("| ").append(String.join(" | ", header)).append(" |\n");
    text.append("|").append("---|".repeat(header.size())).append('\n');
    for (List<String> row : rows) {
      text.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    text.append('\n');
    return this;
  }

  public static String decimal(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  public static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
