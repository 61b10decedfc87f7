/// The words that decide whether a figure is a target or an achievement, and the words that mark a number as no
/// figure at all.
enum CueWords {
    /// Strong target cues: a commitment or a goal.
    static let strongTarget = ["确保", "力争", "争取", "力求", "目标", "计划", "不低于", "不少于", "控制在", "至少", "任务"]
    /// Weak target cues: verbs of planning that a review also uses now and then.
    static let weakTarget = [
        "要", "将", "推进", "实施", "启动", "打造", "谋划", "储备", "加快", "全力", "持续", "实现", "到20", "力度",
    ]
    /// Strong achievement cues: past tense, cumulative counts, year-on-year changes.
    static let strongAchievement = [
        "完成了", "实现了", "达到了", "同比", "比上年", "较上年", "累计", "已", "共计", "共有", "共完成", "先后", "荣获", "获评",
        "上半年", "1~6月", "1-6月", "今年以来", "五年来", "过去五年", "预计", "了",
    ]
    /// Weak achievement cues.
    static let weakAchievement = [
        "完成", "实现", "达到", "达", "增长", "新增", "位居", "排名", "成功", "创建", "入选", "获得", "了",
    ]
    /// Words before 要 that make it part of another word (重要, 主要, 需要).
    static let notPlanningYao: Set<Character> = ["重", "主", "需", "纲", "摘", "只", "必", "首", "紧", "想"]

    /// Words after a count that say it counts themes or list items.
    static let themeWords = [
        "重点工作", "核心板块", "发力点", "方面", "片区", "大行动", "行动", "业态", "难点", "动力源", "区联动", "核协同",
        "项工作", "板块", "路径", "个区", "重点任务", "项任务", "大任务", "条路径", "个领域", "项举措", "个坚持",
    ]
    /// Words after a bare number that say it counts people (9.8万居民): the number is read as a count of 人.
    static let peopleWords = [
        "居民", "群众", "市民", "人", "志愿者", "学生", "中小学生", "师生", "儿童", "老人", "党员", "干部", "职工", "名",
    ]
    /// Words after a figure that say it is a size or class that qualifies something else.
    static let thresholdWords = ["强", "的项目", "项目", "企业", "安全区", "范围", "半径"]
    /// Words before the number that make it an ordinal or a rank.
    static let ordinalWords = ["第", "排名", "位居", "前"]

    /// The cue words of a list found in a text, longest first, without overlaps counted twice.
    static func found(_ words: [String], in text: String) -> [String] {
        words.filter { word in
            guard text.contains(word) else { return false }
            if word == "要" { return containsPlanningYao(text) }
            if word == "了" { return text.replacing("为了", with: "").replacing("除了", with: "").contains("了") }
            return true
        }
    }

    /// Whether 要 appears as "must/shall" rather than inside 重要, 主要, 需要.
    static func containsPlanningYao(_ text: String) -> Bool {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "要" {
            if index == 0 || !notPlanningYao.contains(characters[index - 1]) { return true }
        }
        return false
    }
}
