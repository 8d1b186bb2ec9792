package dev.paytriage.bulk;

import java.io.IOException;

/** Where results go, one per row, in input order. */
public interface ResultSink extends AutoCloseable {
    void write(RowResult r) throws IOException;

    void flush() throws IOException;

    @Override
    void close() throws IOException;
}
