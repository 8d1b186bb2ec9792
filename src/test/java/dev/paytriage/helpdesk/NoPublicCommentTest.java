package dev.paytriage.helpdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.paytriage.gateway.http.GatewayHttp;
import dev.paytriage.helpdesk.usedesk.UsedeskDesk;
import dev.paytriage.helpdesk.zendesk.ZendeskDesk;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * No code path can create a public comment: the only writes to a help desk are the two desks' note
 * posts, whose bodies come from the note request builders, which take a PrivateNote (no visibility to
 * choose) and no flag at all. Every stub desk also checks every request it received (DeskStub.close).
 */
class NoPublicCommentTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.paytriage");

    @Test
    void only_the_desks_note_posts_write_to_a_help_desk() {
        noClasses().that().doNotBelongToAnyOf(ZendeskDesk.class, UsedeskDesk.class)
                .should().callMethod(GatewayHttp.class, "write", String.class, HttpUrl.class, String.class)
                .because("a help desk is written to only by adding a private note")
                .check(MAIN);
    }

    @Test
    void only_the_note_request_builders_make_a_comment_body() {
        noClasses().that().haveSimpleNameNotEndingWith("NoteRequest")
                .and().resideInAPackage("dev.paytriage.helpdesk..")
                .should().callMethod(PrivateNote.class, "html")
                .orShould().callMethod(PrivateNote.class, "plainText")
                .because("the builders alone turn a note into a desk's request body")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackage("dev.paytriage.helpdesk..")
                .should().callMethod(PrivateNote.class, "html")
                .check(MAIN);
    }

    @Test
    void the_builders_and_the_note_take_no_flag_and_hold_no_visibility() throws Exception {
        for (String builder : List.of("dev.paytriage.helpdesk.zendesk.ZendeskNoteRequest",
                "dev.paytriage.helpdesk.usedesk.UsedeskNoteRequest")) {
            for (Method m : Class.forName(builder).getDeclaredMethods()) {
                assertThat(m.getParameterTypes()).as(builder + "." + m.getName())
                        .doesNotContain(boolean.class, Boolean.class);
            }
        }
        assertThat(Arrays.stream(PrivateNote.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getName().toLowerCase())).noneMatch(n -> n.contains("public") || n.contains("visib")
                || n.contains("private") || n.contains("type"));
        assertThat(Arrays.stream(PrivateNote.class.getDeclaredMethods()).flatMap(m -> Arrays.stream(m.getParameterTypes())))
                .doesNotContain(boolean.class, Boolean.class);
        assertThat(PrivateNote.class.getDeclaredConstructors()).allMatch(c -> Modifier.isPrivate(c.getModifiers()));
    }

    @Test
    void the_help_desk_package_stays_below_reply_pipeline_output_and_cli() {
        noClasses().that().resideInAPackage("dev.paytriage.helpdesk..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.paytriage.reply..", "dev.paytriage.pipeline..",
                        "dev.paytriage.output..", "dev.paytriage.cli..", "dev.paytriage.complaint..", "dev.paytriage.triage..")
                .check(MAIN);
    }

    @Test
    void the_request_check_itself_catches_a_public_comment() throws Exception {
        try (DeskStub stub = new DeskStub()) {
            stub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(DeskStub.json(200, "{}")));
            var client = java.net.http.HttpClient.newHttpClient();
            for (String[] r : new String[][] {
                {"/api/v2/tickets/1.json", "{\"ticket\":{\"comment\":{\"body\":\"hi\"}}}"},
                {"/api/v2/tickets/1.json", "{\"ticket\":{\"comment\":{\"body\":\"hi\",\"public\":true}}}"},
                {"/create/comment", "{\"ticket_id\":\"1\",\"message\":\"hi\",\"type\":\"public\"}"},
                {"/create/comment", "{\"ticket_id\":\"1\",\"message\":\"hi\"}"}}) {
                client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(stub.baseUrl() + r[0]))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(r[1])).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
            assertThat(PublicWrites.in(stub.server)).hasSize(5);
            stub.server.resetRequests();
        }
    }
}
