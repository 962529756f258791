import PropertyBased
import SkillgapCore
import Testing

@Suite struct CSVTextTests {
  @Test func cellsAreQuotedOnlyWhenTheyNeedIt() {
    #expect(CSVText.cell("plain text") == "plain text")
    #expect(CSVText.cell("a,b") == "\"a,b\"")
    #expect(CSVText.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVText.cell("two\nlines") == "\"two\nlines\"")
    #expect(CSVText.cell("cr\r\nlf") == "\"cr\r\nlf\"")
    #expect(CSVText.cell("") == "")
  }

  @Test func formulaCellsGetALeadingApostrophe() {
    #expect(CSVText.cell("=1+1") == "'=1+1")
    #expect(CSVText.cell("+33 1 23") == "'+33 1 23")
    #expect(CSVText.cell("-2") == "'-2")
    #expect(CSVText.cell("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVText.cell("\tx") == "\"'\tx\"")
    #expect(CSVText.cell("\rx") == "\"'\rx\"")
    #expect(CSVText.cell("=A1,B1") == "\"'=A1,B1\"")
    #expect(CSVText.cell("a=b") == "a=b")
  }

  @Test func linesEndWithCRLF() {
    #expect(CSVText.line(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
  }

  @Test func recordsKeepTheLineTheyStartOn() throws {
    let text = "\u{FEFF}skill,note\r\na,\"two\nlines\"\nb,\"x \"\"quoted\"\"\"\rc,last"
    let records = try CSVText.parse(text)
    #expect(records.map(\.line) == [1, 2, 4, 5])
    #expect(
      records.map(\.fields) == [
        ["skill", "note"], ["a", "two\nlines"], ["b", "x \"quoted\""], ["c", "last"],
      ])
  }

  @Test func blankLinesAreBlankRecords() throws {
    let records = try CSVText.parse("a,b\n\n  \nc,d\n")
    #expect(records.map(\.isBlank) == [false, true, true, false])
    #expect(records.count == 4)
  }

  @Test func aQuoteInsideAnUnquotedFieldIsText() throws {
    #expect(try CSVText.parse("5\" screen,x").first?.fields == ["5\" screen", "x"])
  }

  @Test func brokenQuotingIsReportedWithItsLine() {
    #expect(throws: CSVText.ParseError.unterminatedQuote(line: 2)) {
      try CSVText.parse("a,b\nc,\"open\nand on\n")
    }
    #expect(throws: CSVText.ParseError.textAfterQuote(line: 1, column: 5)) {
      try CSVText.parse("\"ab\"c,d")
    }
  }

  @Test func writtenCellsReadBackUnchanged() throws {
    let cells = ["plain", "a,b", "q\"uote", "multi\nline", "", " spaced "]
    let records = try CSVText.parse(CSVText.line(cells) + CSVText.line(cells))
    #expect(records.map(\.fields) == [cells, cells])
  }

  @Test func anyTextWrittenAsACSVFileReadsBackAsWritten() async {
    await propertyCheck(count: 400, input: RandomText.text.array(of: 1...4).array(of: 1...4)) {
      rows in
      let file = CSVText.byteOrderMark + rows.map(CSVText.line).joined()
      let decoded = SpreadsheetText.decode(Array(file.utf8))
      #expect(decoded.encoding == .utf8WithBOM)
      let delimiter = CSVText.Delimiter.detect(in: decoded.text)
      #expect(delimiter == .comma)
      // A cell a spreadsheet would run as a formula comes back with the `'` that keeps it text.
      let expected = rows.map { row in
        row.map { cell in
          cell.unicodeScalars.first.map { CSVText.formulaStarts.contains(Character($0)) } == true
            ? "'" + cell : cell
        }
      }
      #expect(throws: Never.self) {
        let records = try CSVText.parse(decoded.text, delimiter: delimiter)
        #expect(records.map(\.fields) == expected)
      }
    }
  }

  @Test func theDelimiterIsTheOneTheHeaderUsesOutsideQuotes() {
    #expect(CSVText.Delimiter.detect(in: "skill,level\n") == .comma)
    #expect(CSVText.Delimiter.detect(in: "\r\nskill;level;note\r\na,b,c,d\r\n") == .semicolon)
    #expect(CSVText.Delimiter.detect(in: "skill\tlevel\n") == .tab)
    #expect(CSVText.Delimiter.detect(in: "\"a;b;c\",level\n") == .comma)
    #expect(CSVText.Delimiter.detect(in: "skill\n") == .comma)
    #expect(CSVText.Delimiter.detect(in: "") == .comma)
  }

  @Test func cellsWithASemicolonOrTabAreQuotedSoAnyDelimiterReadsThem() {
    #expect(CSVText.cell("a;b") == "\"a;b\"")
    #expect(CSVText.cell("a\tb") == "\"a\tb\"")
    #expect(CSVText.cell("\u{FEFF}x") == "\"\u{FEFF}x\"")
    // A quote or `=` that a combining mark joins is still a quote or `=` to a spreadsheet.
    #expect(
      CSVText.cell("\"\u{301}").unicodeScalars.elementsEqual("\"\"\"\u{301}\"".unicodeScalars))
    #expect(CSVText.cell("=\u{301}").hasPrefix("'"))
  }
}
