package org.kamcomp.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.kamcomp.domain.imports.Importer;

/**
 * The most a request body may hold: an import file {@link Importer#MAX_FILE_BYTES}, anything else 1
 * MB. A larger body is answered 413 with the limit, before it is read when its length is declared,
 * and as soon as the limit is passed when it is not.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

  static final int OTHER_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    boolean upload = path.startsWith("imports") || path.startsWith("/imports");
    long limit = upload ? Importer.MAX_FILE_BYTES : OTHER_BYTES;
    String what = upload ? "An import file" : "A request body";
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(what, request.getLength(), limit));
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream(), limit, what));
  }

  static jakarta.ws.rs.core.Response tooLarge(String what, long size, long limit) {
    return Problem.response(
        413,
        "Payload too large",
        what
            + (size > 0 ? " of " + megabytes(size) : "")
            + " is larger than the "
            + megabytes(limit)
            + " it may be"
            + (what.startsWith("An import") ? ": split the file and import the parts" : ""),
        List.of());
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** Thrown when a body of undeclared length passes the limit; answered 413. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String what;
    final long limit;

    TooLarge(String what, long limit) {
      super(what + " is larger than " + megabytes(limit));
      this.what = what;
      this.limit = limit;
    }
  }

  private static final class Limited extends FilterInputStream {
    private final long limit;
    private final String what;
    private long read;

    Limited(InputStream in, long limit, String what) {
      super(in);
      this.limit = limit;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new TooLarge(what, limit);
      }
    }
  }
}
