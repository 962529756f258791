import SkillgapCore

extension AppState {
  /// The knowledge-check screen's lines at a width: the question and its choices, the verdict
  /// and explanation once answered, or the skill's result after its last question.
  func checkLines(width: Int) -> [StyledLine] {
    guard let current = currentCheck else { return [] }
    let skill = current.skill
    let progress = current.check
    let scale = framework.scale
    let inner = width - 2
    var lines: [StyledLine] = []
    var heading = StyledLine(" \(skill.name)", bold: true)
      .and(" · rated \(scale.name(of: progress.level))", tone: .dim)
    if check.skills.count > 1 {
      heading = heading.and(" · skill \(check.position + 1) of \(check.skills.count)", tone: .dim)
    }
    lines.append(heading)
    guard progress.questions.indices.contains(current.question) else {
      return lines + resultLines(skill, progress, width: inner)
    }
    let question = skill.questions[progress.questions[current.question]]
    lines.append(
      StyledLine(
        " Question \(current.question + 1) of \(progress.questions.count), at "
          + "\(scale.name(of: question.level))", tone: .dim))
    lines.append(StyledLine())
    lines += StyledLine.paragraph(question.prompt, width: inner, indent: 1, tone: .normal)
    lines.append(StyledLine())
    let picked = check.revealed ? progress.answers.last : nil
    for (position, choice) in shownChoiceOrder.enumerated() {
      let text = question.choices[choice]
      let wrapped = text.wrapped(to: max(10, inner - 7))
      for (offset, part) in wrapped.enumerated() {
        var line = StyledLine()
        if offset == 0 {
          let cursor = !check.revealed && position == check.selection
          line = StyledLine(cursor ? "▸" : " ", tone: .highlight, bold: true)
            .and(" \(position + 1) ", tone: .key, bold: true)
        } else {
          line = StyledLine("    ")
        }
        var tone = Tone.normal
        var mark = "  "
        if let picked {
          if choice == question.answer {
            tone = .good
            mark = offset == 0 ? "✓ " : "  "
          } else if choice == picked {
            tone = .bad
            mark = offset == 0 ? "✗ " : "  "
          } else {
            tone = .dim
          }
        } else if position == check.selection {
          tone = .highlight
        }
        lines.append(line.and(mark, tone: tone, bold: true).and(part, tone: tone))
      }
    }
    if let picked {
      lines.append(StyledLine())
      let right = picked == question.answer
      lines.append(
        StyledLine(right ? " Right." : " Not quite.", tone: right ? .good : .bad, bold: true))
      let explanation =
        question.explanation ?? "The framework gives no explanation for this question."
      lines += StyledLine.paragraph(explanation, width: inner, indent: 1, tone: .normal)
      lines.append(StyledLine())
      lines.append(StyledLine(" Enter: go on", tone: .dim))
    } else {
      lines.append(StyledLine())
      lines.append(
        StyledLine(
          " 1–\(question.choices.count) or ↑↓ and Enter answer · Esc leaves; K resumes it",
          tone: .dim))
    }
    return lines
  }

  private func resultLines(_ skill: Skill, _ progress: KnowledgeCheck, width: Int)
    -> [StyledLine]
  {
    let scale = framework.scale
    let right = progress.rightAnswers(in: skill)
    var lines = [StyledLine()]
    switch progress.outcome(in: skill) {
    case .supported?:
      lines.append(
        StyledLine(" Supported", tone: .good, bold: true)
          .and(": \(right) of \(progress.questions.count) right.", tone: .normal))
      lines += StyledLine.paragraph(
        "Your answers support \(scale.name(of: progress.level)) in \(skill.name).", width: width,
        indent: 1, tone: .normal)
    default:
      lines.append(
        StyledLine(" Looks high", tone: .warning, bold: true)
          .and(
            ": \(right) of \(progress.questions.count) right (\(progress.needed) needed).",
            tone: .normal))
      lines += StyledLine.paragraph(
        "\(scale.name(of: progress.level)) looks higher than your answers support. Nothing is "
          + "changed: re-read the level's indicators on the rating screen and decide; a retake "
          + "(K) asks other questions where there are more.", width: width, indent: 1,
        tone: .normal)
    }
    lines.append(StyledLine())
    let more = check.position + 1 < check.skills.count
    lines.append(StyledLine(more ? " Enter: the next skill" : " Enter: done", tone: .dim))
    return lines
  }
}

func drawCheck(_ state: AppState, _ screen: inout Screen) {
  let lines = state.checkLines(width: screen.width)
  // In a short window an answered question scrolls so its verdict and explanation show; a
  // question still to answer keeps its prompt and choices from the top.
  let rows = screen.height - 2
  let scroll = state.check.revealed ? max(0, lines.count - rows) : 0
  drawLines(lines, scroll: scroll, &screen)
}
