import SkillgapCore
import SkillgapTestSupport
import Testing

@Suite struct PrerequisiteGraphTests {
  let graph = PrerequisiteGraph(FixtureFrameworks.threeLevel())

  @Test func ancestorsFollowPrerequisitesToTheirRoots() throws {
    let calculus = try #require(graph.index(of: "calculus"))
    #expect(graph.ancestors(of: calculus).map { graph.ids[$0] } == ["arithmetic", "algebra"])
    let drawing = try #require(graph.index(of: "drawing"))
    #expect(graph.ancestors(of: drawing).isEmpty)
    #expect(graph.index(of: "nothing") == nil)
  }

  @Test func dependentsAreLimitedToTheSubset() throws {
    let ids = ["arithmetic", "calculus", "drawing"].compactMap { graph.index(of: $0) }
    let dependents = graph.dependents(within: ids)
    let arithmetic = try #require(graph.index(of: "arithmetic"))
    let calculus = try #require(graph.index(of: "calculus"))
    // Calculus needs arithmetic through algebra, which is outside the subset.
    #expect(dependents[arithmetic] == [calculus])
    #expect(dependents[calculus] == [])
  }

  @Test func aCycleDoesNotLoopForever() {
    let scale = RatingScale(names: ["A", "B"])
    let framework = Framework(
      id: "cycle", title: "", version: "1", summary: "", scale: scale, importances: [],
      hoursPerStep: [], sources: [], categories: [],
      skills: [
        FixtureFrameworks.skill("x", "X", "c", scale, prerequisites: ["y"]),
        FixtureFrameworks.skill("y", "Y", "c", scale, prerequisites: ["x"]),
      ], roles: [])
    let graph = PrerequisiteGraph(framework)
    #expect(graph.ancestors(of: 0) == [1])
    #expect(graph.ancestors(of: 1) == [0])
  }
}
