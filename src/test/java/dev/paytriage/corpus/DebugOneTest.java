package dev.paytriage.corpus;

import dev.paytriage.cli.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugOneTest {
    @Test
    void one() {
        CorpusGateway gw = new CorpusGateway();
        for (String want : System.getProperty("ids", "en-021").split(",")) {
            RealCorpus.Complaint c = RealCorpus.complaints().stream().filter(x -> x.id().equals(want)).findFirst().orElseThrow();
            gw.serve(c.transactions());
            List<String> args = new ArrayList<>(List.of("complaint", "-", "-g", c.gateway(), "--no-input", "-o", "json",
                    "--config", gw.config().toString()));
            args.addAll(RealCorpusScoreTest.lookupHint(c));
            CliRun run = new CliRun();
            gw.env().forEach(run::env);
            CliRun.Result r = run.stdin(c.text()).run(args.toArray(String[]::new));
            System.out.println("=== " + want + " " + args.subList(8, args.size()) + " exit " + r.exit());
            System.out.println(r.out().length() > 3000 ? r.out().substring(0, 3000) : r.out());
            System.out.println(r.err());
        }
        gw.close();
    }
}
