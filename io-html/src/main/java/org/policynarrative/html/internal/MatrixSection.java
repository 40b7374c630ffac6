package org.policynarrative.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.html.internal.view.MatrixView;

/** The sector-priority matrix of core's {@link SectorPriorityMatrix}, and the table of all sectors. */
final class MatrixSection {

  private static final MatrixView.Cell NONE = new MatrixView.Cell("none", "no priority");

  private MatrixSection() {}

  static MatrixView of(Narrative narrative, Entities entities) {
    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(narrative);
    List<MatrixView.Column> columns = new ArrayList<>();
    for (Era era : matrix.eras()) {
      columns.add(new MatrixView.Column(era.name(), era.period().text()));
    }
    List<MatrixView.Row> rows = new ArrayList<>();
    for (Sector sector : matrix.sectors()) {
      List<MatrixView.Cell> cells = new ArrayList<>(matrix.eras().size());
      for (Era era : matrix.eras()) {
        Optional<PriorityMode> mode = matrix.priority(sector.id(), era.id());
        cells.add(mode.map(m -> new MatrixView.Cell(m.code(), Labels.priority(m))).orElse(NONE));
      }
      rows.add(new MatrixView.Row(sector.name(), "#" + Entities.elementId(EntityKind.SECTOR,
          sector.id()), cells));
    }
    List<MatrixView.Sector> sectors = new ArrayList<>();
    for (Sector sector : narrative.sectors()) {
      String broader = sector.broader().map(id -> narrative.sector(id).map(Sector::name)
          .orElse("\u2018" + id + "\u2019 (not in this narrative)")).orElse("");
      String mappings = sector.mappings().stream()
          .map(m -> m.scheme() + " " + m.code() + " (" + m.relation().code().replace('-', ' ') + ")")
          .collect(Collectors.joining("; "));
      sectors.add(new MatrixView.Sector(entities.firstElementId(EntityKind.SECTOR, sector.id()),
          sector.name(), broader, mappings,
          sector.description().orElse("")));
    }
    return new MatrixView(columns, rows, sectors);
  }
}
