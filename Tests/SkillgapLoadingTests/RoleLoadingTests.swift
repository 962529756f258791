import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapTestSupport
import Testing

/// Roles as `LoaderState+Roles` reads them: pay bands, years, domains and the track checks.
@Suite struct RoleLoadingTests {
  let five = ["none", "aware", "working", "proficient", "expert"]

  func load(roles: String) -> LoadResult {
    let files = YAMLFixtures.editing(YAMLFixtures.valid(levels: five), "roles/track.yaml") { _ in
      roles
    }
    return FrameworkLoader.load(files: files)
  }

  func messages(_ result: LoadResult) -> [String] {
    result.diagnostics.map { "\($0.line):\($0.severity) \($0.message)" }
  }

  @Test func payIsAListOfBandsEachSayingWhatItIs() throws {
    let result = load(
      roles: """
        roles:
          - id: first
            title: First rung
            track: main
            seniority: 1
            pay:
              - {min: 80000, max: 110000, currency: USD, period: year, basis: unstated, country: unstated, year: unstated, source: guide}
              - {min: 128000, currency: USD, period: year, basis: base, country: US, year: 2025, source: guide}
              - {min: 35000, max: 35000, currency: GBP, period: year, basis: total, country: GB, year: unstated, source: guide}
            requires:
              alpha: {level: working, importance: essential}
        """)
    #expect(messages(result) == [])
    let role = try #require(result.framework?.role("first"))
    #expect(
      role.pay == [
        PayBand(
          min: 80000, max: 110000, currency: "USD", period: "year", basis: .unstated,
          country: "unstated", year: nil, source: "guide"),
        PayBand(
          min: 128000, max: nil, currency: "USD", period: "year", basis: .base, country: "US",
          year: 2025, source: "guide"),
        PayBand(
          min: 35000, max: 35000, currency: "GBP", period: "year", basis: .total, country: "GB",
          year: nil, source: "guide"),
      ])
    #expect(PayBand.summary(role.pay) == "USD 80k–128k+ a year · GBP 35k a year")
    #expect(role.pay[1].text == "USD 128k+ a year")
    #expect(
      role.pay[0].detail
        == "USD 80k–110k a year, base or total unstated, country unstated, year unstated (guide)")
    #expect(role.pay[1].detail == "USD 128k+ a year, base, US, 2025 (guide)")
  }

  @Test func aSingleBandOfTheOldFormatStillLoadsAndIsAskedToSayWhatItIs() throws {
    let result = load(
      roles: """
        roles:
          - id: first
            title: First rung
            track: main
            seniority: 1
            pay: {min: 50000, max: 70000, currency: EUR, period: year, source: guide}
            requires:
              alpha: {level: working, importance: essential}
        """)
    #expect(
      messages(result) == [
        "6:warning Pay band does not say 'basis' (base, total or unstated), 'country' (an ISO "
          + "code, or unstated), 'year' (the year the source states, or unstated); add it so "
          + "people know what the figure is."
      ])
    let role = try #require(result.framework?.role("first"))
    #expect(
      role.pay == [
        PayBand(min: 50000, max: 70000, currency: "EUR", period: "year", source: "guide")
      ])
    #expect(role.pay[0].basis == .unstated && role.pay[0].country == "unstated")
  }

  /// "150k to 200k+": `max` with `open_max` keeps both the 200k and its +; a `note` says how
  /// the source hedges a figure. `open_max` without `max`, and an empty note, are errors.
  @Test func anOpenTopKeepsItsMaxAndANoteQualifiesABand() throws {
    let result = load(
      roles: """
        roles:
          - id: first
            title: First rung
            track: main
            seniority: 1
            pay:
              - {min: 150000, max: 200000, open_max: true, currency: USD, period: year, basis: unstated, country: unstated, year: unstated, source: guide}
              - {min: 200000, currency: USD, period: year, basis: base, country: US, year: unstated, source: guide, note: in some cases}
            requires:
              alpha: {level: working, importance: essential}
        """)
    #expect(messages(result) == [])
    let pay = try #require(result.framework?.role("first")?.pay)
    #expect(pay.map(\.text) == ["USD 150k–200k+ a year", "USD 200k+ a year"])
    #expect(pay.map(\.openMax) == [true, false])
    #expect(pay[1].detail.hasSuffix("(guide): in some cases"))
    #expect(PayBand.summary(pay) == "USD 150k–200k+ a year")
    let wrong = load(
      roles: """
        roles:
          - id: first
            title: First rung
            track: main
            seniority: 1
            pay:
              - {min: 150000, open_max: true, currency: USD, period: year, basis: base, country: US, year: 2025, source: guide, note: " "}
            requires:
              alpha: {level: working, importance: essential}
        """)
    #expect(
      messages(wrong) == [
        "7:error 'open_max' needs a 'max': it marks the top figure as open (\"150k to 200k+\"); "
          + "without 'max' a band is already open-ended.",
        "7:error Pay 'note' is empty; say how the source qualifies the figure, or remove it.",
      ])
  }

  @Test func aBandWithoutSourceOrWithMaxBelowMinIsAnErrorAtItsLine() {
    let result = load(
      roles: """
        roles:
          - id: first
            title: First rung
            track: main
            seniority: 1
            pay:
              - {min: 90000, max: 80000, currency: USD, period: year, basis: base, country: US, year: 2025, source: guide}
              - {min: 1, currency: USD, period: year, basis: gross, country: US, year: 25}
            requires:
              alpha: {level: working, importance: essential}
        """)
    #expect(
      messages(result) == [
        "7:error 'max' pay is below 'min'.",
        "8:error Pay 'year' must be the year the source states (such as 2025) or 'unstated', "
          + "not '25'.",
        "8:error Pay band has no 'source'; name the document the figures come from, or remove "
          + "the band.",
        "8:error Pay 'basis' must be base, total or unstated, not 'gross'.",
      ])
    #expect(result.diagnostics.allSatisfy { $0.file == "roles/track.yaml" })
  }

  @Test func domainsExpandIntoRolesOfTheirOwnAndTheDefaultKeepsTheId() throws {
    let result = load(
      roles: """
        roles:
          - id: senior
            title: Senior
            track: main
            seniority: 1
            years: {min: 5, source: guide}
            description: Leads the work.
            requires:
              alpha: {level: working, importance: essential}
              beta: {level: aware, importance: useful}
            domains:
              - id: sea
                name: sea
                default: true
                description: Deep at sea.
                requires:
                  beta: {level: proficient, importance: essential}
              - id: air
                name: air
                requires:
                  gamma: {level: proficient, importance: useful}
        """)
    #expect(messages(result) == [])
    let framework = try #require(result.framework)
    #expect(framework.roles.map(\.id) == ["senior", "senior-air"])
    #expect(framework.roles.map(\.title) == ["Senior (sea)", "Senior (air)"])
    #expect(framework.roles.map(\.domain) == ["sea", "air"])
    #expect(framework.roles.map(\.summary) == ["Leads the work. Deep at sea.", "Leads the work."])
    #expect(framework.roles.allSatisfy { $0.years?.min == 5 })
    #expect(
      framework.role("senior")?.requirements == [
        Requirement(skill: "alpha", level: 2, importance: "essential"),
        Requirement(skill: "beta", level: 3, importance: "essential"),
      ])
    #expect(framework.role("senior-air")?.requirements.map(\.skill) == ["alpha", "beta", "gamma"])
  }

  @Test func twoDefaultDomainsOrOneListedTwiceAreErrors() {
    let result = load(
      roles: """
        roles:
          - id: senior
            title: Senior
            track: main
            seniority: 1
            requires:
              alpha: {level: working, importance: essential}
            domains:
              - {id: sea, name: sea, default: true, requires: {beta: {level: working, importance: useful}}}
              - {id: air, name: air, default: true, requires: {beta: {level: working, importance: useful}}}
              - {id: sea, name: sea again, requires: {beta: {level: working, importance: useful}}}
        """)
    #expect(
      messages(result) == [
        "10:error Only one domain of role 'senior' can be the default; 'sea' already is.",
        "11:error Domain 'sea' is listed twice in role 'senior'.",
      ])
  }

  @Test func theTrackCheckComparesADomainOnlyWithItselfAndRolesWithoutOne() {
    let result = load(
      roles: """
        roles:
          - id: mid
            title: Mid
            track: main
            seniority: 1
            requires:
              alpha: {level: working, importance: essential}
          - id: senior
            title: Senior
            track: main
            seniority: 2
            requires:
              alpha: {level: working, importance: essential}
            domains:
              - {id: sea, name: sea, requires: {beta: {level: proficient, importance: essential}}}
              - {id: air, name: air, requires: {gamma: {level: proficient, importance: essential}}}
          - id: staff
            title: Staff
            track: main
            seniority: 3
            requires:
              alpha: {level: proficient, importance: essential}
            domains:
              - {id: sea, name: sea, requires: {beta: {level: working, importance: essential}}}
              - {id: air, name: air, requires: {gamma: {level: expert, importance: essential}}}
        """)
    // Staff (air) is not compared with Senior (sea); Staff (sea) asks less than Senior (sea).
    #expect(
      messages(result) == [
        "24:warning Role 'staff-sea' asks Working in 'beta', less than the more junior "
          + "'senior-sea' on track 'main' (Proficient)."
      ])
  }

  @Test func yearsThatLeaveAGapOrOverlapOnATrackAreWarnedAbout() {
    let result = load(
      roles: """
        roles:
          - id: one
            title: One
            track: main
            seniority: 1
            years:
              min: 0
              max: 2
              source: guide
              reported:
                - {min: 0, max: 3, source: guide}
            requires: {alpha: {level: working, importance: essential}}
          - id: two
            title: Two
            track: main
            seniority: 2
            years: {min: 3, max: 5, source: guide}
            requires: {alpha: {level: working, importance: essential}}
          - id: three
            title: Three
            track: main
            seniority: 3
            years: {min: 5, source: guide}
            requires: {alpha: {level: working, importance: essential}}
          - id: four
            title: Four
            track: main
            seniority: 4
            years: {min: 8, source: guide}
            requires: {alpha: {level: working, importance: essential}}
        """)
    #expect(
      messages(result) == [
        "13:warning The years of 'two' (3–5 years) and the rung below on track 'main' leave a "
          + "gap from 2 to 3 years after 'one'; make the rung below end where this one begins.",
        "25:warning The years of 'four' (8+ years) and the rung below on track 'main' overlap: "
          + "'three' is open-ended (5+ years); make the rung below end where this one begins.",
      ])
    let one = result.framework?.role("one")?.years
    #expect(one?.reported == [YearsRange(min: 0, max: 3, source: "guide")])
    #expect(one?.detail == "0–2 years (guide); sources say guide 0–3")
  }
}
