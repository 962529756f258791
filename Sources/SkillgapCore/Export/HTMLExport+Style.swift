extension HTMLExport {
  /// The page's whole stylesheet: system fonts only, light and dark colours, narrow screens
  /// and print rules.
  ///
  /// On a phone, a table that cannot fit scrolls inside its own box, so the page itself never
  /// scrolls sideways; the chart keeps a readable text size because it is drawn narrow and only
  /// capped, not stretched. On paper, sections may break across pages (only rows, weeks and
  /// the chart are kept whole), so no page is left half empty before a long section.
  static let stylesheet = """
    :root { color-scheme: light dark; --ink: #1d232a; --muted: #5b6570; --line: #d5dbe1;
      --accent: #2463b8; --soft: #dce8f7; --good: #1f7a3f; --bad: #b3261e; --paper: #ffffff; }
    @media (prefers-color-scheme: dark) {
      :root { --ink: #e6e9ec; --muted: #a3acb5; --line: #3a424a; --accent: #6fa8ef;
        --soft: #24364d; --good: #6cc58a; --bad: #f08b84; --paper: #15191d; } }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: var(--paper);
      color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
    h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
    h3 small, .meta, .aside, figcaption, dd small { color: var(--muted); font-weight: normal; }
    a { color: var(--accent); }
    .scroll { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    td { overflow-wrap: anywhere; }
    th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line);
      vertical-align: top; }
    th { font-weight: 600; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    td.bar { width: 8rem; vertical-align: middle; }
    .headline { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
    .headline p { margin: 0; }
    .big { font-size: 2.6rem; font-weight: 700; }
    .headline .meter { flex: 1 1 12rem; height: .75rem; }
    .meter { width: 100%; height: .6rem; display: block; }
    .meter .track { fill: var(--line); }
    .meter .fill { fill: var(--accent); }
    .good { color: var(--good); }
    .bad { color: var(--bad); }
    .tag { font-size: .8rem; padding: 0 .35rem; border: 1px solid currentColor;
      border-radius: .3rem; white-space: nowrap; color: var(--muted); }
    .tag.bad { color: var(--bad); }
    figure { margin: 0; }
    .chart { display: block; width: 100%; max-width: 32rem; height: auto;
      font: 16px system-ui, sans-serif; }
    .chart text { fill: var(--ink); }
    .chart .tick { fill: var(--muted); font-size: 14px; }
    .chart .grid { stroke: var(--line); stroke-width: 1; }
    .chart .required { fill: var(--soft); stroke: var(--accent); stroke-width: 1; }
    .chart .current { fill: var(--accent); }
    .checklist { list-style: none; padding-left: 0; }
    .checklist > li { margin: .5rem 0; }
    .box { display: inline-block; width: .9em; height: .9em; margin-right: .5em;
      border: 1.5px solid var(--ink); border-radius: .15em; vertical-align: -0.1em; }
    dl { margin: .25rem 0 0 1.4em; display: grid; grid-template-columns: max-content
      minmax(0, 1fr); gap: .1rem .75rem; }
    dd { overflow-wrap: anywhere; }
    dt { color: var(--muted); }
    dd { margin: 0; }
    .week { break-inside: avoid; }
    .timeline { display: grid; gap: 2px; overflow-x: auto; font-size: .85rem; margin: .5rem 0; }
    .tl-row { display: grid; grid-template-columns: minmax(9rem, 16rem) repeat(auto-fit,
      minmax(1.6rem, 1fr)); gap: 2px; align-items: center; }
    .tl-row > span { min-height: 1.4rem; text-align: center; border-radius: .2rem; }
    .tl-row > span:first-child { text-align: left; overflow: hidden; text-overflow: ellipsis;
      white-space: nowrap; }
    .tl-head > span { color: var(--muted); }
    .on, .key { background: var(--soft); color: var(--ink); }
    .on.blocking, .key.blocking { background: var(--accent); color: var(--paper); }
    .on.practice, .key.practice { background: repeating-linear-gradient(45deg, var(--soft),
      var(--soft) 3px, var(--line) 3px, var(--line) 6px); }
    .key { display: inline-block; width: .9em; height: .9em; vertical-align: -0.1em; }
    footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
    @media (max-width: 40rem) {
      body { padding: 1rem .75rem; }
      .big { font-size: 2rem; }
      table { font-size: .85rem; }
      th, td { padding: .25rem .3rem; }
      td.bar { width: 3rem; }
      dl { grid-template-columns: minmax(0, 1fr); margin-left: .5em; }
      dd { margin-bottom: .2rem; }
      .tl-row { grid-template-columns: minmax(6rem, 9rem) repeat(auto-fit, minmax(1.4rem, 1fr)); }
    }
    @media print {
      @page { margin: 12mm; }
      :root { --ink: #000; --muted: #444; --line: #999; --accent: #000; --soft: #ddd;
        --paper: #fff; }
      body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
      h1 { font-size: 1.5rem; }
      h2 { font-size: 1.15rem; margin: 1rem 0 .4rem; break-after: avoid; }
      h3 { margin: .6rem 0 .25rem; break-after: avoid; }
      figure, tr, .week, .checklist > li { break-inside: avoid; }
      .scroll { overflow: visible; }
      .checklist > li { margin: .3rem 0; }
      dl { grid-template-columns: 5.5em minmax(0, 1fr); gap: 0 .5rem; }
      .timeline { overflow: visible; font-size: 7pt; }
      .tl-row { grid-template-columns: minmax(6rem, 11rem) repeat(auto-fit, minmax(0, 1fr));
        gap: 1px; }
      .tl-row > span { min-height: .9rem; }
      .chart { max-width: 28rem; }
      a { color: inherit; text-decoration: none; }
      a[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted);
        overflow-wrap: anywhere; }
      footer { display: none; }
    }
    """
}
