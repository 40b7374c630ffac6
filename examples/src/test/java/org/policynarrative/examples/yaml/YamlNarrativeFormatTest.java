package org.policynarrative.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.spi.NarrativeFormat;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.examples.reference.ReferenceNarrative;

class YamlNarrativeFormatTest {

  private static final YamlNarrativeFormat YAML = new YamlNarrativeFormat();

  // -------------------------------------------------------------------------------- registration

  @Test
  void serviceLoaderFindsTheFormatByNameAndExtension() {
    assertThat(ServiceLoader.load(NarrativeFormat.class).stream().map(ServiceLoader.Provider::type))
        .contains(YamlNarrativeFormat.class);
    NarrativeFormats formats = NarrativeFormats.installed();
    assertThat(formats.byName("yaml")).get().isInstanceOf(YamlNarrativeFormat.class);
    assertThat(formats.forPath(Path.of("data.yaml"))).get().isInstanceOf(YamlNarrativeFormat.class);
    assertThat(formats.forPath(Path.of("DATA.YML"))).get().isInstanceOf(YamlNarrativeFormat.class);
  }

  @Test
  void servicesFileAndModuleDescriptorAgree() throws IOException {
    // Read from the source tree: on the class path, getResource would return whichever of the
    // several services files of this name comes first (io-json ships one too).
    String services = Files.readString(
        Path.of("src/main/resources/META-INF/services/org.policynarrative.core.spi.NarrativeFormat"),
        StandardCharsets.UTF_8);
    assertThat(services.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")))
        .containsExactly(YamlNarrativeFormat.class.getName());
    var descriptor = YamlNarrativeFormat.class.getModule().getDescriptor();
    if (descriptor != null) { // on the module path; on the class path only the services file counts
      assertThat(descriptor.provides()).anySatisfy(p -> {
        assertThat(p.service()).isEqualTo(NarrativeFormat.class.getName());
        assertThat(p.providers()).containsExactly(YamlNarrativeFormat.class.getName());
      });
    }
  }

  @Test
  void describesItself() {
    assertThat(YAML.name()).isEqualTo("yaml");
    assertThat(YAML.mediaType()).isEqualTo("application/yaml");
    assertThat(YAML.fileExtensions()).containsExactly(".yaml", ".yml");
    assertThat(YAML.canRead()).isTrue();
    assertThat(YAML.canWrite()).isTrue();
  }

  // ---------------------------------------------------------------------------------- round trip

  @Test
  void theReferenceNarrativeRoundTrips() throws IOException {
    Narrative reference = ReferenceNarrative.narrative();
    byte[] yaml = write(reference);
    assertThat(read(yaml)).isEqualTo(reference);
    assertThat(new String(yaml, StandardCharsets.UTF_8))
        .contains("id: \"economic-construction\"", "ko: \"고난의 행군\"", "kind: \"causal-attribution\"",
            "durability: \"permanent\"");
  }

  @Test
  void aDateInTheSourcesOwnWordingRoundTrips() throws IOException {
    HistoricalDate sixties = HistoricalDate.ofDecade(1960).withWording("in the 1960s", CalendarModel.GREGORIAN);
    HistoricalDate juche = HistoricalDate.ofJucheYear(42);
    Narrative narrative = Narrative.builder().id("dates").title("Dates").language("en").version("1")
        .addEras(Era.builder().id("sixties").name("The sixties").period(Period.of(sixties)).build(),
            Era.builder().id("post-war").name("Post-war").period(Period.from(juche)).build())
        .build();
    Narrative back = read(write(narrative));
    assertThat(back).isEqualTo(narrative);
    assertThat(back.era("sixties").orElseThrow().period().start().orElseThrow().asWritten()).contains("in the 1960s");
  }

  @Test
  void stringsThatLookLikeOtherYamlScalarsStayStrings() throws IOException {
    // Plain YAML would read these as a number, a boolean, null or a date; the format must quote them.
    for (String tricky : List.of("1", "1.0", "true", "no", "null", "~", "2016-05-01", "- dash", "a: b", "#hash")) {
      Narrative narrative = Narrative.builder().id("tricky").title(tricky).language("en").version(tricky).build();
      assertThat(read(write(narrative))).as(tricky).isEqualTo(narrative);
    }
  }

  @Test
  void labelKeysThatLookLikeYamlBooleansStayLanguageTags() throws IOException {
    // YAML 1.1 reads a plain no, yes, on or off as a boolean; as mapping keys they must stay the
    // language tags they are (no is Norwegian).
    Era.Builder era = Era.builder().id("e").name("E").period(Period.parse("1953"));
    for (String tag : List.of("no", "yes", "on", "off", "nb", "ko")) {
      era.putLabels(tag, "label " + tag);
    }
    Narrative narrative = Narrative.builder().id("keys").title("Keys").language("en").version("1")
        .addEras(era.build()).build();
    Narrative back = read(write(narrative));
    assertThat(back).isEqualTo(narrative);
    assertThat(back.era("e").orElseThrow().labels()).containsEntry("no", "label no").containsEntry("off", "label off");
  }

  @Test
  void aYamlDocumentAndTheSameFieldsInJsonReadEqual() throws IOException, URISyntaxException {
    Narrative fromYaml = NarrativeFormats.installed().read(fixture("minimal.yaml"));
    Narrative fromJson = NarrativeFormats.installed().read(fixture("minimal.json"));
    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.era("post-war").orElseThrow().period().text()).isEqualTo("Juche 42 (1953)");
  }

  @Test
  void streamsAreLeftOpen() throws IOException {
    class Tracking extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Tracking out = new Tracking();
    YAML.write(ReferenceNarrative.narrative(), out);
    assertThat(out.closed).isFalse();
    boolean[] inClosed = {false};
    InputStream in = new ByteArrayInputStream(out.toByteArray()) {
      @Override
      public void close() {
        inClosed[0] = true;
      }
    };
    YAML.read(in);
    assertThat(inClosed[0]).isFalse();
  }

  @Test
  void aWriteFailureIsAnIOException() {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> YAML.write(ReferenceNarrative.narrative(), failing))
        .isInstanceOf(IOException.class).hasMessageContaining("disk full");
  }

  @Test
  void writesFilesAtomicallyThroughTheSpi(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("reference.yml");
    NarrativeFormats.installed().write(ReferenceNarrative.narrative(), file);
    assertThat(NarrativeFormats.installed().read(file)).isEqualTo(ReferenceNarrative.narrative());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  // -------------------------------------------------------------------------------- bad input

  /** Each {@code <case>.yaml} in the fixture folder with an {@code <case>.error} beside it. */
  static Stream<String> badInputs() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(fixture("minimal.yaml").getParent())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".error"))
          .map(n -> n.substring(0, n.length() - ".error".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInputFailsWithOneFormatExceptionSayingWhereAndWhat(String name) throws Exception {
    Path input = fixture(name + ".yaml");
    String expected = Files.readString(fixture(name + ".error"), StandardCharsets.UTF_8).strip();
    assertThatThrownBy(() -> NarrativeFormats.installed().read(input))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("yaml");
          assertThat(e.file()).contains(input.toString());
          assertThat(e.getMessage()).isEqualTo(input + ":" + expected);
        });
  }

  @Test
  void anUndeclaredClaimKindReadsAndTheValidatorReportsIt() throws IOException {
    // Claim kinds are an open vocabulary: any slug reads, and only the validator knows whether the
    // narrative declares it.
    String yaml = """
        format: policy-narrative/1
        id: undeclared-kind
        title: A claim of a kind the narrative does not declare
        language: en
        version: "1"
        sources:
        - id: portal
        claims:
        - id: boast
          statement: Everything went well.
          kind: boast
          assertedBy: someone
          anchor: {source: portal, exact: well}
        """;
    Narrative narrative = read(yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(narrative.claims().get(0).kind()).contains(ClaimKind.fromCode("boast"));
    assertThat(narrative.claims().get(0).kind().orElseThrow().isBuiltIn()).isFalse();
    assertThat(NarrativeValidator.validate(narrative).problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("claims[0].kind");
      assertThat(p.code()).isEqualTo(ProblemCode.UNDECLARED_CODE);
    });
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedNotReplaced() {
    byte[] latin1 = "id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> YAML.read(new ByteArrayInputStream(latin1)))
        .isInstanceOfSatisfying(NarrativeFormatException.class,
            e -> assertThat(e.problem()).isEqualTo("the input is not valid UTF-8: the byte at offset 7 (counted from 0) "
                + "does not begin a UTF-8 character"));
  }

  @Test
  void aSurrogatePairAcrossAReadBufferBoundaryReadsBack() throws IOException {
    // Regression: Jackson's YAML UTF-8 reader failed when a character outside the BMP straddled its
    // 1024-char buffer; the format decodes with the JDK instead.
    for (int padding = 1000; padding < 1040; padding++) {
      String title = "a".repeat(padding) + "\ud83d\ude00\ud840\udc00 end";
      Narrative narrative = Narrative.builder().id("wide").title(title).language("en").version("1").build();
      assertThat(read(write(narrative))).as("padding %d", padding).isEqualTo(narrative);
    }
  }

  @Test
  void anAliasBombIsRefusedAtTheFirstAlias() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    String yaml = "format: policy-narrative/1\nid: bomb\ntitle: *j\n" + bomb;
    assertThatThrownBy(() -> read(yaml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(NarrativeFormatException.class,
            e -> assertThat(e.problem()).startsWith("YAML aliases are not supported"));
  }

  @Test
  void anUnpairedSurrogateIsRefusedNotChanged() throws IOException {
    // The emitter wrote "a\ud800b" as "a\u2462b" and read it back so, without a word.
    for (String title : List.of("a\ud800b end\ud83d\ufffe", "x\udc00", "end\ud83d")) {
      Narrative narrative = Narrative.builder().id("lone").title(title).language("en").version("1").build();
      assertThatThrownBy(() -> write(narrative)).as(title)
          .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
            assertThat(e.problem()).startsWith("cannot write an unpaired surrogate");
            assertThat(e.path()).contains("/title");
          });
    }
    Narrative paired = Narrative.builder().id("pair").title("a\ud83d\ude00b").language("en").version("1").build();
    assertThat(read(write(paired))).isEqualTo(paired);
  }

  @Test
  void aDocumentOverSnakeYamlsCodePointLimitReadsBack() throws IOException {
    // SnakeYAML refuses more than 3 MB of code points by default; the format reads what it writes.
    Narrative reference = ReferenceNarrative.narrative();
    List<org.policynarrative.core.Claim> claims = new java.util.ArrayList<>();
    for (int i = 0; claims.size() < 5_000; i++) {
      org.policynarrative.core.Claim claim = reference.claims().get(i % reference.claims().size());
      claims.add(org.policynarrative.core.Claim.builder().from(claim).id(claim.id() + "-" + i).build());
    }
    Narrative big = Narrative.builder().from(reference).claims(claims).build();
    byte[] yaml = write(big);
    assertThat(yaml.length).isGreaterThan(3_500_000);
    assertThat(read(yaml)).isEqualTo(big);
  }

  @Test
  void theDocumentLimitCanBeRaisedOrLowered() throws IOException {
    byte[] yaml = write(ReferenceNarrative.narrative());
    NarrativeFormat small = YAML.withMaxDocumentLength(1024);
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(yaml)))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> assertThat(e.problem())
            .startsWith("the document is longer than the maximum document length of 1,024 bytes")
            .endsWith("to read it, raise the limit with YamlNarrativeFormat.withMaxDocumentLength(long)"));
    assertThat(YAML.withMaxDocumentLength(yaml.length).read(new ByteArrayInputStream(yaml)))
        .isEqualTo(ReferenceNarrative.narrative());
  }

  @Test
  void everyBadInputHasAnExpectation() throws Exception {
    assertThat(badInputs().toList()).containsExactlyInAnyOrder(
        "alias", "claim-kind-not-a-slug", "duplicate-key", "empty", "invalid-id", "list-expected", "malformed",
        "misspelled-era-field", "unknown-top-level-field");
  }

  @Test
  void anUnknownOrMisspelledKeyIsAnErrorNamingTheFieldMeantNotSilentlyDropped() {
    // Issue 15: both once converted without a word, and the era's summary was gone.
    String head = "format: policy-narrative/1\nid: strict\ntitle: Strict\nlanguage: en\nversion: \"1\"\n";
    String era = "eras:\n- id: post-war\n  name: Post-war\n  period: \"1953\"\n  summry: Rebuilding.\n";

    assertThatThrownBy(() -> read((head + "bogus: 1\n").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.problem()).startsWith("unknown field 'bogus' in narrative; expected format, id, title");
          assertThat(e.line()).hasValue(6);
          assertThat(e.column()).hasValue(1);
        });
    assertThatThrownBy(() -> read((head + era).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.problem()).startsWith("unknown field 'summry' in era; did you mean 'summary'?");
          assertThat(e.line()).hasValue(10);
          assertThat(e.column()).hasValue(3);
          assertThat(e.path()).hasValue("/eras/0/summry");
        });
  }

  // -------------------------------------------------------------------------------------- helpers

  private static byte[] write(Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YAML.write(narrative, out);
    return out.toByteArray();
  }

  private static Narrative read(byte[] yaml) throws IOException {
    return YAML.read(new ByteArrayInputStream(yaml));
  }

  private static Path fixture(String name) throws URISyntaxException {
    var url = YamlNarrativeFormatTest.class.getResource("/YamlNarrativeFormatTest/" + name);
    assertThat(url).as("fixture %s", name).isNotNull();
    return Path.of(url.toURI());
  }
}
