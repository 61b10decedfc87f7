/// The page's inline style sheet: no web fonts, no images from the network.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; --good: #1a7f37; --good-bg: #dafbe1; --warn: #7d4e00; --warn-bg: #fff1c2;
          --bad: #b4232c; --bad-bg: #ffe0e0; --none: #57606a; --none-bg: #eaeef2; --line: #d0d7de; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px; color: #1f2328; background: #ffffff; line-height: 1.5;
          font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC",
            "Microsoft YaHei", "Source Han Sans SC", sans-serif; }
        header, main { max-width: 1200px; margin: 0 auto; }
        h1 { font-size: 1.6rem; margin: 0 0 4px; }
        h2 { font-size: 1.3rem; margin: 32px 0 4px; border-bottom: 2px solid #1f2328; padding-bottom: 4px; }
        h3 { font-size: 1.1rem; margin: 24px 0 4px; }
        h4 { font-size: 0.95rem; margin: 12px 0 4px; }
        h1, h2, h3, h4, li { overflow-wrap: anywhere; }
        .theme.depth-1 { margin-left: 16px; } .theme.depth-2 { margin-left: 32px; } .theme.depth-3 { margin-left: 48px; }
        .period, .muted, .as-of { color: #57606a; font-weight: normal; font-size: 0.9em; }
        .legend { font-size: 0.85rem; color: #57606a; }
        svg.key { width: 28px; height: 12px; vertical-align: middle; }
        table.targets { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.9rem; }
        col.c-status { width: 9%; } col.c-target { width: 27%; } col.c-requirement { width: 16%; }
        col.c-actual { width: 14%; } col.c-progress { width: 22%; } col.c-source { width: 12%; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line);
          overflow-wrap: break-word; word-break: normal; }
        th { background: #f6f8fa; font-weight: 600; }
        td.name { font-weight: 600; }
        td.name .muted { font-weight: normal; }
        .status { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600; font-size: 0.85em;
          border: 1px solid currentColor; }
        .status.good { color: var(--good); background: var(--good-bg); }
        .status.warn { color: var(--warn); background: var(--warn-bg); }
        .status.bad { color: var(--bad); background: var(--bad-bg); }
        .status.none { color: var(--none); background: var(--none-bg); }
        svg.trend { display: block; width: 100%; max-width: 560px; height: auto; margin: 4px 0; }
        svg.trend .axis { stroke: #8c959f; stroke-width: 1; }
        svg.trend .goal-line { stroke: #1f2328; stroke-width: 2; }
        svg.trend .goal-step { stroke: #1f2328; stroke-width: 1; stroke-dasharray: 2 2; }
        svg.trend .expected-path { fill: none; stroke: #57606a; stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg.trend circle.figure { fill: #1f2328; }
        svg.trend circle.not-final { fill: #ffffff; stroke: #1f2328; stroke-width: 1.5; }
        svg.trend text { font-size: 11px; fill: #1f2328; }
        .trend-legend { font-size: 0.8rem; color: #57606a; margin: 0 0 4px; }
        tr.trend-row td { border-top: none; }
        svg.bar { display: block; width: 100%; height: 14px; margin: 4px 0; }
        .track { fill: #eaeef2; }
        .fill.good { fill: #2da44e; } .fill.warn { fill: #d4a72c; } .fill.bad { fill: #cf222e; }
        .fill.none { fill: #8c959f; }
        .goal { stroke: #1f2328; stroke-width: 2; vector-effect: non-scaling-stroke; }
        .expected { stroke: #8250df; stroke-width: 2; stroke-dasharray: 3 2; vector-effect: non-scaling-stroke; }
        .figures { font-size: 0.9em; }
        ul { padding-left: 20px; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
        @media print { body { padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }

        """
}
