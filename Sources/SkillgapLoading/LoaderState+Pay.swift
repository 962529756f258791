import SkillgapCore

extension LoaderState {
  /// Reads `pay`: one band (a mapping, as before bands) or a list of bands.
  mutating func readPay(
    _ fields: inout YAMLFields, file: String, sources: inout [Located<String>]
  ) -> [PayBand] {
    guard let node = fields.node("pay") else { return [] }
    let path = fields.path(of: "pay")
    if case .sequence(let items) = node.kind {
      if items.isEmpty {
        diagnostics.append(
          Location(file: file, node: node, path: path).error(
            "Field 'pay' is an empty list; give at least one band or remove the field."))
      }
      return items.enumerated().compactMap { offset, item in
        readPayBand(item, file: file, path: "\(path)[\(offset)]", sources: &sources)
      }
    }
    return readPayBand(node, file: file, path: path, sources: &sources).map { [$0] } ?? []
  }

  private mutating func readPayBand(
    _ node: YAMLNode, file: String, path: String, sources: inout [Located<String>]
  ) -> PayBand? {
    guard
      var map = YAMLFields(node, file: file, path: path, what: "A pay band", into: &diagnostics)
    else { return nil }
    let low = map.int("min", into: &diagnostics)
    let high = map.int("max", required: false, into: &diagnostics)
    let openAt = map.node("open_max").map {
      Location(file: file, node: $0, path: map.path(of: "open_max"))
    }
    let openMax = map.bool("open_max", into: &diagnostics) ?? false
    let currency = map.string("currency", into: &diagnostics)
    let period = map.string("period", required: false, into: &diagnostics)
    let basis = map.string("basis", required: false, into: &diagnostics)
    let country = map.string("country", required: false, into: &diagnostics)
    let year = readPayYear(&map)
    let source = map.string("source", required: false, into: &diagnostics)
    let note = map.string("note", required: false, into: &diagnostics)
    map.finish(
      known: [
        "min", "max", "open_max", "currency", "period", "basis", "country", "year", "source",
        "note",
      ],
      into: &diagnostics)
    if let source {
      sources.append(source)
    } else {
      diagnostics.append(
        map.location.error(
          "Pay band has no 'source'; name the document the figures come from, or remove the band."
        ))
    }
    if let period, !["year", "hour", "month"].contains(period.value) {
      diagnostics.append(period.at.error("Pay 'period' must be year, month or hour."))
    }
    let basisValue = basis.flatMap { PayBand.Basis(rawValue: $0.value) }
    if let basis, basisValue == nil {
      diagnostics.append(
        basis.at.error("Pay 'basis' must be base, total or unstated, not '\(basis.value)'."))
    }
    var missing: [String] = []
    if basis == nil { missing.append("'basis' (base, total or unstated)") }
    if country == nil { missing.append("'country' (an ISO code, or unstated)") }
    if year == nil { missing.append("'year' (the year the source states, or unstated)") }
    if !missing.isEmpty {
      diagnostics.append(
        map.location.warning(
          "Pay band does not say \(missing.joined(separator: ", ")); add it so people know what "
            + "the figure is."))
    }
    if let currency, currency.value.count != 3 || currency.value.uppercased() != currency.value {
      diagnostics.append(
        currency.at.warning("Pay 'currency' '\(currency.value)' is not a three-letter ISO code."))
    }
    guard let low, let currency else { return nil }
    if low.value < 0 { diagnostics.append(low.at.error("'min' pay cannot be below 0.")) }
    if let high, high.value < low.value {
      diagnostics.append(high.at.error("'max' pay is below 'min'."))
    }
    if openMax, high == nil, let openAt {
      diagnostics.append(
        openAt.error(
          "'open_max' needs a 'max': it marks the top figure as open (\"150k to 200k+\"); "
            + "without 'max' a band is already open-ended."))
    }
    if let note, note.value.allSatisfy(\.isWhitespace) {
      diagnostics.append(
        note.at.error("Pay 'note' is empty; say how the source qualifies the figure, or remove it.")
      )
    }
    return PayBand(
      min: low.value, max: high?.value, openMax: openMax && high != nil, currency: currency.value,
      period: period?.value ?? "year", basis: basisValue ?? .unstated,
      country: country?.value ?? "unstated", year: year?.value ?? nil, source: source?.value,
      note: note?.value)
  }

  /// Reads a band's `year`: a year from 1900 to 2100, or `unstated` for an undated source.
  /// - Returns: nil when absent; `.some(nil)` for `unstated`.
  private mutating func readPayYear(_ map: inout YAMLFields) -> Located<Int?>? {
    guard let value = map.node("year") else { return nil }
    let at = Location(file: map.file, node: value, path: map.path(of: "year"))
    if let number = value.int, (1900...2100).contains(number) {
      return Located(value: number, at: at)
    }
    if value.string == "unstated" { return Located(value: nil, at: at) }
    diagnostics.append(
      at.error(
        "Pay 'year' must be the year the source states (such as 2025) or 'unstated', not "
          + "\(value.describedValue)."))
    return Located(value: nil, at: at)
  }
}
