package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.helpdesk.Helpdesks;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.output.Json;
import dev.paytriage.output.TicketView;
import dev.paytriage.pipeline.ComplaintRunner;
import dev.paytriage.pipeline.TicketRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ticket",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Read a help-desk ticket (Zendesk, Usedesk) and run it through complaint intake.",
            "",
            "Reads the ticket, its requester and all its messages, and takes only the customer's",
            "own words — never an agent's reply or an internal note — newest last, with the",
            "subject and the requester's e-mail as facts. Then as complaint (all its options",
            "apply): the verdict and a reply in the customer's language. --post adds the reply",
            "and the escalation note to the ticket as ONE internal note, headed as a draft that",
            "was not sent to the customer; posting again for the same transaction adds nothing.",
            "Nothing is ever written where the customer can see it.",
            "",
            "Examples:",
            "  paytriage ticket zd:48211",
            "  paytriage ticket zd:48211 --post",
            "  paytriage ticket 2152490 --from merchant -o json      (the default desk)",
            ""
        })
final class TicketCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "[DESK:]ID", completionCandidates = DeskNames.class,
            description = "The ticket: DESK:ID (a desk name from the config) or ID on the default desk.")
    String ticket;

    @Option(names = "--post", description = "Add the reply and the escalation note to the ticket as one internal"
            + " note (a draft for the agent; never public). Once per ticket and transaction.")
    boolean post;

    @Mixin
    ComplaintFactOptions facts;

    @Mixin
    CaseOptions caseOptions;

    @Mixin
    OutputOptions format;

    @Override
    int run(Services s) {
        Helpdesks.Ref ref = s.helpdesks().parse(ticket);
        TicketRunner runner = s.ticketRunner();
        Ticket t = runner.read(ref);
        ComplaintReader reader = s.complaintReader();
        Complaint c = facts.apply(reader, runner.complaint(t, reader));
        ComplaintRunner.Request req = new ComplaintRunner.Request(caseOptions.gateway, caseOptions.topic,
                caseOptions.from, caseOptions.lang, caseOptions.channel);
        ComplaintRunner complaints = s.complaintRunner(reader);
        TicketRunner.Result r = withPrompter(prompter -> runner.run(t, c, complaints, req, prompter, post));
        r.notes().forEach(n -> err().println("paytriage: " + n));
        ComplaintCommand.notes(this, r.complaint());
        if (post) {
            err().println("paytriage: " + (r.posted() ? "added the draft to ticket " + t.ref()
                    + " as an internal note (not sent to the customer): review it there and send it yourself"
                    : "ticket " + t.ref() + " already has the draft for this transaction: nothing added"));
        }
        switch (format.output()) {
            case json -> out().println(Json.line(TicketView.json(r)));
            case markdown -> out().print(TicketView.markdown(r));
            default -> out().print(TicketView.text(r, outStyle()));
        }
        return ExitCode.OK.code;
    }
}
