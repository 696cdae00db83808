package org.kamcomp.domain.problem;

/**
 * The thing asked for does not exist, or lies outside what the viewer may see: the two are not told
 * apart, so nobody learns of data outside their scope by probing for it.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
