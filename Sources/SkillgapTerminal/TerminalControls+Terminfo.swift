import CNcursesw
import SkillgapUI

extension TerminalControls {
  /// The control strings of the terminal curses opened, from its terminfo entry.
  /// - Parameter unicode: Whether the locale writes UTF-8.
  /// - Returns: The controls; those the terminal lacks are empty or nil.
  @MainActor
  static func terminfo(unicode: Bool) -> TerminalControls {
    let cup = template("cup") ?? []
    var controls = TerminalControls(
      clearScreen: capability("clear") ?? [],
      // Every terminal curses accepts can address the cursor (it refuses one that cannot).
      moveTo: { row, column in expand(cup) { sg_tparm2($0, Int32(row), Int32(column)) } },
      unicode: unicode, scalarWidth: { Int(sg_wcwidth($0)) })
    if let csr = template("csr") {
      controls.scrollRegion = { top, bottom in
        expand(csr) { sg_tparm2($0, Int32(top), Int32(bottom)) }
      }
    }
    if let cuf = template("cuf") {
      controls.moveRight = { columns in expand(cuf) { sg_tparm1($0, Int32(columns)) } }
    }
    if let hpa = template("hpa") {
      controls.moveToColumn = { column in expand(hpa) { sg_tparm1($0, Int32(column)) } }
    }
    controls.carriageReturn = capability("cr") ?? []
    controls.lineDown = capability("cud1") ?? []
    controls.clearToEnd = capability("el") ?? []
    controls.plainStyle = capability("sgr0") ?? []
    if let sgr = template("sgr") {
      controls.attributes = { style in
        expand(sgr) {
          sg_tparm_sgr(
            $0, style.underline ? 1 : 0, style.reverse ? 1 : 0, style.dim ? 1 : 0,
            style.bold ? 1 : 0)
        }
      }
    }
    controls.bold = capability("bold") ?? []
    controls.reverse = capability("rev") ?? []
    controls.underline = capability("smul") ?? []
    controls.dim = capability("dim") ?? []
    if let setaf = template("setaf") {
      controls.foreground = { color in expand(setaf) { sg_tparm1($0, Int32(color.rawValue)) } }
    }
    controls.defaultColors = capability("op") ?? []
    controls.hideCursor = capability("civis") ?? []
    controls.showCursor = capability("cnorm") ?? []
    controls.writesBottomRight = !flag("am") || flag("xenl")
    return controls
  }

  /// A string capability without its padding (`$<5>`: delays for terminals of the 1970s).
  @MainActor
  private static func capability(_ name: String) -> [UInt8]? {
    guard let value = sg_string_cap(name) else { return nil }
    return withoutPadding(Array(String(cString: value).utf8))
  }

  @MainActor
  private static func flag(_ name: String) -> Bool { sg_flag_cap(name) != 0 }

  /// A parameterised capability as terminfo holds it, for ``expand(_:_:)``.
  @MainActor
  private static func template(_ name: String) -> [CChar]? {
    guard let value = sg_string_cap(name) else { return nil }
    return Array(UnsafeBufferPointer(start: value, count: strlen(value) + 1))
  }

  /// A parameterised capability filled in by terminfo (tparm), without padding.
  private static func expand(
    _ template: [CChar], _ fill: (UnsafePointer<CChar>) -> UnsafePointer<CChar>?
  ) -> [UInt8] {
    template.withUnsafeBufferPointer { pointer in
      guard let base = pointer.baseAddress, let filled = fill(base) else { return [] }
      let bytes = Array(
        UnsafeBufferPointer(
          start: UnsafeRawPointer(filled).assumingMemoryBound(to: UInt8.self),
          count: strlen(filled)))
      return bytes.contains(UInt8(ascii: "$")) ? withoutPadding(bytes) : bytes
    }
  }

  /// The bytes of a capability with every `$<…>` padding removed.
  static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "<"),
        let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">"))
      {
        index = end + 1
        continue
      }
      out.append(bytes[index])
      index += 1
    }
    return out
  }
}
