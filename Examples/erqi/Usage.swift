/// The text of `erqi --help`.
enum Usage {
    static let text = """
        erqi: the scorecard of plans and their targets, as of a day.

        USAGE
          erqi [OPTIONS]              the scorecard of the bundled Erqi District dataset (or --data FILE)
          erqi list [--data FILE]     the plans, themes and sources of a dataset
          erqi check FILE             validate a plan file (JSON, or a folder / targets.csv of the CSV format)
          erqi parse [TEXT …]         print each quantity in TEXT (or standard input) as a JSON line
          erqi draft REPORT.txt       draft a plan file from a report's figures (erqi draft --help)
          erqi series INDICATOR       an indicator's figures over time and its targets' paths
          erqi diff --from DATE [--to DATE]        what changed between two days (erqi diff --help)
          erqi diff --before FILE --after FILE     what changed between two datasets
          erqi compare [--sort COLUMN] [--descending]   the plans side by side (erqi compare --help)

        OPTIONS
          --as-of DATE     evaluate as of this day (YYYY-MM-DD); default: the latest day in the data
          --plan ID        only this plan (repeatable)
          --theme ID       only this theme, with its nested themes
          --format NAME    text (default), csv, json, markdown, html or xlsx (a workbook: give --output)
          --lang zh|en     the language of the report (default zh)
          --detail         text, markdown, html: also list the notes on figures not used and each theme's
                           rollup (by default they are counted, so that a plan fits on two screens)
          --no-achievements  leave out the achievements without a target (with --plan or --theme, only
                           those of the indicators the shown targets track are listed)
          --plain          plain numbers (51,800,000,000) instead of report style (518亿元)
          --places N       decimal places for percentages and ratios (quantities stay exact)
          --bom            start CSV with the UTF-8 byte-order mark, for Excel on Chinese Windows (off by
                           default, to a file too: the same bytes wherever they go, and scripts read it plain)
          --output FILE    write the report to FILE, atomically, keeping its mode; a link's target is written,
                           a FIFO or terminal in place; an input file is refused (default: standard output)
          --data FILE      read this plan file instead of the bundled dataset; - reads standard input;
                           repeat it to merge several files (an id defined in two files is an error)
          --jobs N         evaluate on N cores (default: all); the output is the same for every N
          --max-input-size SIZE  the largest plan file read, e.g. 4GiB, 512MiB or a number of bytes (default
                           2GiB: four times the 249 MiB national benchmark plan fits); a larger file is refused
                           before it is read, a longer standard input once the limit is passed
          --help           show this text

        EXIT CODES
          0 success, 64 usage error, 65 bad data, 74 input or output error (a write error on a file or on
          standard output included), 141 standard output closed by its reader (as erqi | head does)

        """
}
