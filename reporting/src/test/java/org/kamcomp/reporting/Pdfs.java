package org.kamcomp.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back as a person's reader would: its pages, text and fonts. */
final class Pdfs {

  final int pages;
  final String text;
  final List<String> pageTexts;
  final List<PDFont> fonts;
  final String title;

  private Pdfs(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(doc);
      pageTexts = new ArrayList<>();
      for (int i = 1; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pageTexts.add(stripper.getText(doc));
      }
      fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      title = doc.getDocumentInformation().getTitle();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Pdfs read(byte[] pdf) {
    return new Pdfs(pdf);
  }

  /** Keeps the PDF under target/ for a person to look at (pdftoppm -png -r 60 FILE). */
  static void keep(String name, byte[] pdf) {
    try {
      Path dir = Path.of("target", "pdfs");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
