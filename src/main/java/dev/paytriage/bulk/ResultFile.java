package dev.paytriage.bulk;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The -o file of a bulk run, held under an exclusive lock for the whole run so that a second run on
 * the same file refuses instead of writing every row twice. It is opened, locked, checked for earlier
 * results (refused without --resume, scanned and its cut-off tail dropped with it) and then appended
 * to, all through one channel.
 */
public final class ResultFile {
    /** The writer to append results to, what the file already held, and whether it holds anything (a CSV header). */
    public record Opened(Writer writer, Resume.Kept kept, boolean hasContent) {}

    private ResultFile() {}

    public static Opened open(Path file, boolean resume, boolean csv) {
        if (Files.isDirectory(file)) {
            throw new PaytriageException(ExitCode.USAGE, "-o " + file + " is a folder: give a file name inside it, such as "
                    + file.resolve(csv ? "results.csv" : "results.jsonl"));
        }
        FileChannel channel = null;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            boolean regular = Files.isRegularFile(file);
            if (regular) {
                lock(channel, file);
            }
            Resume.Kept kept = new Resume.Kept(0, 0);
            if (regular && channel.size() > 0) {
                if (!resume) {
                    throw new PaytriageException(ExitCode.USAGE, file + " already has results: add --resume to finish "
                            + "that run, or choose another -o file");
                }
                kept = Resume.scan(channel, file, csv);
            }
            long size = regular ? channel.size() : 0;
            channel.position(size);
            Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                    StandardCharsets.UTF_8), 1 << 16);
            return new Opened(w, kept, size > 0);
        } catch (PaytriageException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw cannotWrite(file, e, 0);
        }
    }

    private static void lock(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            throw new PaytriageException(ExitCode.USAGE, "another paytriage bulk is writing " + file
                    + " right now: wait for it to finish (then --resume if it was interrupted), or choose another -o file");
        }
    }

    /**
     * Stdout as a result writer that reports what a PrintWriter would swallow: a full disk or a closed
     * pipe behind {@code > results.jsonl} must end the run, not lose rows silently.
     */
    public static Writer stdout(PrintWriter out) {
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                out.write(cbuf, off, len);
            }

            @Override
            public void write(String s) {
                out.write(s);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
                // The process's stdout is a PrintStream that keeps its errors to itself; ask it too.
                if (out.checkError() || System.out.checkError()) {
                    throw new IOException("stdout is closed or its disk is full");
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** One line for a results file that cannot be written (exit 74): what happened, and how to go on. */
    public static PaytriageException cannotWrite(Path file, IOException e, int rowsWritten) {
        String where = file == null ? "stdout" : file.toString();
        String why = reason(e);
        String then = file == null
                ? "; write to a file with -o FILE so a run can be resumed"
                : rowsWritten > 0 || Files.exists(file)
                        ? ": fix that, then run the same command with --resume to finish the rest"
                        : ": fix that (or choose another -o file) and run again";
        return new PaytriageException(ExitCode.IO, "cannot write the results to " + where + " (" + why + ")"
                + (rowsWritten > 0 ? " after " + rowsWritten + " rows" : "") + then, e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.toLowerCase(java.util.Locale.ROOT).contains("read-only") ? "the file system is read-only"
                : m.contains("No space left") ? "no space left on the device" : m;
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
