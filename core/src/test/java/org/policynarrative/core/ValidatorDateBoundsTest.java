package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policynarrative.core.TestNarratives.era;
import static org.policynarrative.core.TestNarratives.line;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validator compares dates by their bounds, whatever their form: a line is outside its era only
 * when no day it may denote can lie in the era, and an era's open or unknown end is unbounded.
 */
class ValidatorDateBoundsTest {

  @ParameterizedTest(name = "adopted {1} in era {0}: outside = {2}")
  @CsvSource(delimiter = '|', value = {
      // era period              | adopted                    | outside
      "1953/1960                 | 1953-21                    | false",
      "1954/1960                 | 1953-24                    | false", // winter 1953 runs into February 1954
      "1954/1960                 | 1953-23                    | true",
      "1953-06/1953-08           | 1953-21                    | true",  // spring is March to May
      "1953-06/1953-08           | 1953-22                    | false",
      "1955/                     | 2020                       | false", // an unknown end may be any later day
      "1955/                     | 1950                       | true",
      "/1955                     | 1900                       | false",
      "/1955                     | 1956-XX                    | true",
      "1955/..                   | 2020                       | false",
      "196X                      | 1969-12-31T23:59:59+14:00  | false", // the day as written, not its UTC day
      "196X                      | 1970-01-01T00:00-12:00     | true",
      "19XX                      | 195X                       | false",
      "2000/..                   | 199X                       | true",
      "-0100/0100                | -0044-03-15                | false",
      "Y-12000/-9999             | -0044                      | true",
      "Y-12000/-9999             | Y-11000                    | false",
      "1953-XX                   | 1953-05-XX                 | false",
      "1953/1960                 | 民國42年                    | false",
      "1953/1960                 | 昭和27年                    | true",
      "Juche 42 (1953)/Juche 49  | B.E. 2503                  | false",
      "Juche 42 (1953)/Juche 49  | 1961?                      | true",
  })
  void aLineIsOutsideItsEraOnlyWhenNoDayOfItCanLieInTheEra(String eraPeriod, String adopted, boolean outside) {
    Narrative narrative = TestNarratives.valid()
        .addEras(era("era", eraPeriod.strip()))
        .addPolicyLines(line("line", adopted.strip(), "era"))
        .build();

    assertThat(NarrativeValidator.validate(narrative).withCode(ProblemCode.LINE_OUTSIDE_ERA)).hasSize(outside ? 1 : 0);
  }
}
