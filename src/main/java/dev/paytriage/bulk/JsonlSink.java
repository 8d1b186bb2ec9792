package dev.paytriage.bulk;

import dev.paytriage.output.Json;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line (the contract's bulk output). */
public final class JsonlSink implements ResultSink {
    private final Writer out;

    public JsonlSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(RowResult r) throws IOException {
        out.write(Json.line(r.json()));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
