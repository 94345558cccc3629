package io.plexrecommend.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.rest.Refusal.Kind;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private final ObjectMapper json = new ObjectMapper();

    record Rating(String mediaId, int rating) {
    }

    @Test
    void malformedJsonSaysWhereWithoutJavaNames() {
        Refusal refusal = Refusals.unreadableJson(assertThrows(() -> json.readValue("{\"a\":", Rating.class)));
        assertThat(refusal).extracting(Refusal::kind, Refusal::status).containsExactly(Kind.UNREADABLE_JSON, 400);
        assertThat(refusal.message()).startsWith("the body is not valid JSON").contains("line 1").doesNotContain("java");
    }

    @Test
    void aFieldOfTheWrongTypeOrSizeIsNamed() {
        assertThat(Refusals.unreadableJson(assertThrows(() -> json.readValue("{\"rating\":\"ten\"}", Rating.class)))
                .message()).startsWith("'rating' has the wrong type");
        assertThat(Refusals.unreadableJson(assertThrows(() -> json.readValue("{\"rating\":99999999999999}", Rating.class)))
                .message()).containsAnyOf("'rating'", "out of range");
    }

    @Test
    void theFrameworksBareRefusalsGetWords() {
        assertThat(Refusals.of(new NotSupportedException(), MediaType.APPLICATION_XML_TYPE)).get()
                .extracting(Refusal::kind, Refusal::status, Refusal::message)
                .containsExactly(Kind.UNSUPPORTED_MEDIA_TYPE, 415, "this endpoint does not take 'application/xml'");
        assertThat(Refusals.of(new NotAllowedException("GET", new String[] {"PUT"}), null).orElseThrow().message())
                .contains("does not take that method").contains("GET").contains("PUT");
        assertThat(Refusals.of(new NotFoundException(), null).orElseThrow().kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(Refusals.of(new NotFoundException(new NumberFormatException("For input string: \"abc\"")), null)
                .orElseThrow()).extracting(Refusal::kind, Refusal::status).containsExactly(Kind.BAD_PARAMETER, 404);
        assertThat(Refusals.of(new BadRequestException("no tab nothing"), null).orElseThrow())
                .extracting(Refusal::kind, Refusal::message).containsExactly(Kind.STATED, "no tab nothing");
    }

    @Test
    void aResponseWithABodyOrAServerErrorStandsAsItIs() {
        assertThat(Refusals.of(new WebApplicationException(Response.status(400).entity("said").build()), null)).isEmpty();
        assertThat(Refusals.of(new WebApplicationException(503), null)).isEmpty();
    }

    @Test
    void onlyABodyDecodersFailureIsTheClients() {
        assertThat(Refusals.undecodable(new IllegalArgumentException("ours")).kind()).isEqualTo(Kind.INTERNAL);
        IOException fromTheDecoder = new IOException("Connection terminated parsing multipart request");
        fromTheDecoder.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition$MultiPartUploadHandler",
                "parseBlocking", "MultiPartParserDefinition.java", 250)});
        assertThat(Refusals.undecodable(fromTheDecoder)).extracting(Refusal::kind, Refusal::status)
                .containsExactly(Kind.UNDECODABLE_BODY, 400);
    }

    @Test
    void anEchoKeepsAHundredCharactersOfAnOversizedValue() {
        String huge = "x".repeat(1_000_000);
        assertThat(Echo.of(huge)).isEqualTo("x".repeat(100) + "…");
        assertThat(Echo.of("movie:tmdb:603")).isEqualTo("movie:tmdb:603");
        assertThat(Echo.within("profile '" + huge + "' is not valid", huge)).isEqualTo("profile '" + "x".repeat(100) + "…' is not valid");
    }

    private static com.fasterxml.jackson.core.JsonProcessingException assertThrows(Reading reading) {
        try {
            reading.read();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    interface Reading {
        void read() throws com.fasterxml.jackson.core.JsonProcessingException;
    }
}
