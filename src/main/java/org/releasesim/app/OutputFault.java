package org.releasesim.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.releasesim.experiment.MemoryEstimate;
import org.releasesim.output.OutputWriteException;

/**
 * Why writing an output failed, in words a user can act on: the file, the cause (a full disk, a
 * used-up quota, a read-only file system, a permission, a file where a folder should be) and how
 * much space is free there. Commands add what became of the run or sweep and how to go on.
 *
 * @param file the file or folder that could not be written or created, or null if not known
 * @param writing whether writing the file failed (else some other use of the path)
 * @param kind what went wrong
 * @param detail the operating system's own words
 * @param freeBytes space free on the file system when the fault was seen, or -1 if not known
 */
public record OutputFault(Path file, boolean writing, Kind kind, String detail, long freeBytes) {
  /** What went wrong. */
  public enum Kind { DISK_FULL, QUOTA, READ_ONLY, DENIED, NOT_A_FOLDER, OTHER }

  /**
   * The output fault under {@code t} (through unchecked wrappers), if there is one: a failed
   * write of a named file, a file-system error on a path, or an error the operating system
   * names (a full disk, say). Other I/O errors are not the user's to fix, and give none.
   */
  public static Optional<OutputFault> of(Throwable t) {
    Path written = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OutputWriteException w) {
        written = written == null ? w.file() : written;
      } else if (c instanceof IOException io) {
        OutputFault fault = classify(io, written);
        return fault.file() != null || fault.kind() != Kind.OTHER ? Optional.of(fault)
            : Optional.empty();
      } else if (!(c instanceof UncheckedIOException)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code e} as one paragraph for the user: the fault, then {@code afterwards}. */
  public static RuntimeException userError(Exception e, String afterwards) {
    return userError(e, fault -> afterwards);
  }

  /**
   * {@code e} as one paragraph for the user: the fault, then what {@code afterwards} says of it
   * (what became of the work, how to go on); {@code e} itself if it is no output fault.
   */
  public static RuntimeException userError(Exception e, Function<OutputFault, String> afterwards) {
    Optional<OutputFault> fault = of(e);
    if (fault.isEmpty()) {
      return e instanceof RuntimeException r ? r : new UncheckedIOException(
          e instanceof IOException io ? io : new IOException(e));
    }
    return new UserInputException(fault.get().problem() + ". " + afterwards.apply(fault.get()));
  }

  private static OutputFault classify(IOException e, Path written) {
    String detail = e instanceof FileSystemException fs && fs.getReason() != null
        ? fs.getReason() : String.valueOf(e.getMessage());
    Path file = written != null ? written
        : e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile())
        : null;
    Kind kind = kind(e, detail);
    long free = kind == Kind.DISK_FULL || kind == Kind.QUOTA ? freeSpace(file) : -1;
    return new OutputFault(file, written != null, kind, detail, free);
  }

  private static Kind kind(IOException e, String detail) {
    if (detail.contains("No space left on device")) {
      return Kind.DISK_FULL;
    } else if (detail.contains("Disk quota exceeded")) {
      return Kind.QUOTA;
    } else if (detail.contains("Read-only file system")) {
      return Kind.READ_ONLY;
    } else if (e instanceof AccessDeniedException || detail.contains("Permission denied")) {
      return Kind.DENIED;
    } else if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
        || detail.contains("Not a directory")) {
      return Kind.NOT_A_FOLDER;
    }
    return Kind.OTHER;
  }

  /** What failed and why: {@code could not write X: the disk is full (...)}. */
  public String problem() {
    if (kind == Kind.NOT_A_FOLDER) {
      Optional<Path> inTheWay = fileInTheWay();
      return inTheWay.isEmpty() ? where() + detail : inTheWay.get().equals(file)
          ? file + " is a file, not a folder"
          : "cannot create " + file + ": " + inTheWay.get() + " is a file, not a folder";
    }
    return where() + switch (kind) {
      case DISK_FULL -> "the disk is full" + (freeBytes < 0 ? "" : " (" + amount(freeBytes)
          + " free on its file system)");
      case QUOTA -> "your disk quota is used up (" + detail + ")";
      case READ_ONLY -> "the file system is read-only";
      case DENIED -> "permission denied";
      default -> detail;
    };
  }

  private String where() {
    if (writing) {
      return "could not write " + file + ": ";
    }
    if (file == null) {
      return "";
    }
    return kind == Kind.OTHER ? file + ": " : "cannot write to " + file + ": ";
  }

  /** What the user must change before trying again. */
  public String cure() {
    return switch (kind) {
      case DISK_FULL, QUOTA -> "Free some space there, or write elsewhere";
      case READ_ONLY, DENIED -> "Write to a folder you may write to";
      case NOT_A_FOLDER -> "Move that file away, or write elsewhere";
      case OTHER -> "Check the disk and the folder";
    };
  }

  /** Space free on the file system of {@code file} (its nearest existing folder), or -1. */
  private static long freeSpace(Path file) {
    for (Path p = file == null ? null : file.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        try {
          return Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static String amount(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%,d bytes", bytes)
        : MemoryEstimate.describe(bytes);
  }

  /** The nearest folder on the way to {@link #file} that is a file instead. */
  private Optional<Path> fileInTheWay() {
    for (Path p = file == null ? null : file.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
