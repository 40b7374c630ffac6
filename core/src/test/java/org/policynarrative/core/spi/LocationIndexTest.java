package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.LocationIndex.Location;

/** A validator path finds its own place or that of the nearest enclosing value; paths become JSON Pointers. */
class LocationIndexTest {

  @Test
  void aPathFindsItsOwnPlaceOrTheNearestEnclosingOne() {
    LocationIndex index = new LocationIndex();
    index.record("claims[3]", 10, 5);
    index.record("claims[3].about", 12, 7);
    index.record("sectors[0].broader", 3, 9);

    assertThat(index.locate("claims[3].about[1]")).contains(new Location(12, 7));
    assertThat(index.locate("claims[3].anchor.source")).contains(new Location(10, 5));
    assertThat(index.locate("sectors[0].broader")).contains(new Location(3, 9));
    assertThat(index.locate("sectors[1]")).isEmpty();
    assertThat(index.locate("")).isEmpty();

    index.record("", 1, 1);
    assertThat(index.locate("eras[2].period")).contains(new Location(1, 1));
  }

  @Test
  void placesAreOneBased() {
    assertThatThrownBy(() -> new LocationIndex().record("claims", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Location(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validatorPathsBecomeJsonPointers() {
    assertThat(LocationIndex.jsonPointer("claims[3].about[1]")).isEqualTo("/claims/3/about/1");
    assertThat(LocationIndex.jsonPointer("sectors[0].broader")).isEqualTo("/sectors/0/broader");
    assertThat(LocationIndex.jsonPointer("claims[12].anchor.source")).isEqualTo("/claims/12/anchor/source");
    assertThat(LocationIndex.jsonPointer("")).isEmpty();
  }
}
