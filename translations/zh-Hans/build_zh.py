#!/usr/bin/env python3
"""Builds story.zh-Hans.json from the English story and the translations below.

Every structural value (ids, dates, urls, enums, numbers, quotes, source outlets and titles)
is copied from the English file; only the prose fields listed here are replaced.
Run: python3 build_zh.py [ENGLISH_JSON] [OUT_JSON]
"""
import copy, json, sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "public/data/story.json"
OUT = sys.argv[2] if len(sys.argv) > 2 else "public/data/story.zh-Hans.json"

META = {
    "title": "TikTok禁令期限与美国用户转向小红书",
    "subtitle": "2025年1月美国TikTok禁令前后发生了什么，两篇文本又如何解读",
    "credits": "本解读为独立制作，与TikTok、字节跳动、小红书（RedNote）以及两篇文本的发布方均无关联。每个事件都列出了来源；链接指向原始媒体和官方记录，若找不到原始页面，则指向获授权合作媒体的转载版本，并在来源中注明。本简体中文版是本解读团队根据英文版自行翻译的：借助人工智能辅助翻译后，已对照英文版核对含义、人名和数字。两篇文本的引文保留英文原文，旁附我们的中文译文；来源的媒体名称和标题保留英文，以便查证。",
    "translation": "本简体中文版由本解读团队根据英文版翻译：先借助人工智能辅助生成译稿，再对照英文版逐条核对含义、人名、机构名、日期和数字。两篇文本的引文一律保留英文原文，不作改动，每条引文旁附有我们自己的中文译文；译文仅为帮助理解，如有出入，以英文原文为准。各事件来源的媒体名称和标题也保留英文，以便读者查证。",
    "translation_en": "This Simplified Chinese edition was translated from the English edition by the explainer team with AI assistance, then reviewed against the English for meaning, names, dates and numbers. Quotations from the two texts are kept verbatim in English, each with our own Chinese translation beside it; the translations are an aid to reading, and where they differ the English original prevails. The outlets and titles of the sources are also kept in English, so that readers can check them.",
}

LANES = {
    "law": ("法律与诉讼", "“不卖就禁”法、针对该法的诉讼，以及暂停执行该法的行政令。"),
    "availability": ("TikTok能否使用", "美国用户能否使用和下载TikTok。"),
    "influx": ("用户涌入", "美国用户加入小红书（RedNote）的情况，以及衡量这一现象的应用商店排名和用户数估算。"),
    "rednote-response": ("小红书的应对", "小红书在产品和内容审核方面作了哪些调整，以及据报道中国监管部门对其提出了什么要求。"),
    "texts": ("两篇文本", "本解读所比较的两篇文本各自的写作或发表时间。"),
    "afterwards": ("后续", "暂停执法的一年（以TikTok美国合资公司成立告终），以及小红书此后的举措。"),
}

ERAS = {
    "deadline-week": "截止前一周",
    "outage": "停服",
    "paused-enforcement": "暂停执法",
}

# Event id -> fields. "mentions" is a list, in the English order, of dicts with
# quote_translation and (where the English has them) expected / happened.
EVENTS = {
    "device-ban-memo": {
        "headline": "联邦机构被要求从政府设备上删除TikTok",
        "summary": "美国国会于2022年12月投票禁止在联邦政府设备上使用TikTok，随后白宫管理和预算办公室给各机构30天时间删除该应用。",
        "confidence_note": "备忘录与《今日美国》关于30天期限的说法一致。备忘录称，这项设备禁令由《2023年综合拨款法》确立；现有来源只给出国会投票的月份（2022年12月），没有具体日期。",
        "mentions": [{"quote_translation": "包括禁止政府机构使用TikTok"}],
    },
    "law-signed": {
        "headline": "拜登签署“不卖就禁”法",
        "summary": "该法作为一揽子对外援助法案的一部分获得通过（参议院于4月23日以79票对18票通过），要求字节跳动在2025年1月19日前出售TikTok美国业务，否则TikTok将被禁止在美国应用商店上架，也不得使用美国的网络托管服务。该法允许延期一次，为期90天。",
        "mentions": [{"quote_translation": "美国国会已通过一项强制出售令，要求字节跳动在1月19日前剥离TikTok的美国业务。"}],
    },
    "appeals-court-upholds": {
        "headline": "上诉法院裁定维持该法",
        "summary": "美国哥伦比亚特区联邦巡回上诉法院由三名法官组成的合议庭驳回了TikTok对该法提出的异议，认定该法没有违反美国宪法第一修正案或第五修正案。2025年1月19日的期限维持不变。",
    },
    "appeals-court-no-pause": {
        "headline": "上诉法院拒绝暂缓执行该法",
        "summary": "作出裁决一周后，上诉法院驳回了TikTok的请求：TikTok希望在请求美国最高法院受理此案期间暂缓实施该法。",
        "confidence_note": "部分报道把这项裁定的日期记为12月14日：那是亚洲时区的次日，并非另一项裁定。",
    },
    "emergency-application": {
        "headline": "TikTok请求最高法院紧急叫停",
        "summary": "TikTok和字节跳动提交紧急申请，请求美国最高法院阻止该法于2025年1月19日生效，或给予它们更多时间。",
    },
    "supreme-court-takes-case": {
        "headline": "最高法院同意从速审理此案",
        "summary": "最高法院将口头辩论定于2025年1月10日，即期限前九天，并在此期间让该法继续有效。",
    },
    "trump-brief": {
        "headline": "特朗普请求最高法院推迟期限",
        "summary": "当选总统唐纳德·特朗普提交一份意见书，请求最高法院推迟该法的生效日期，以便他即将上任的政府寻求通过谈判解决问题。",
        "confidence_note": "CNN和TRT World分别报道，这份意见书于周五（即2024年12月27日）提交。本解读未见到案卷记录本身。",
    },
    "supreme-court-argument": {
        "headline": "最高法院就TikTok诉加兰案听取辩论",
        "summary": "在一次特别开庭中，大法官们听取了TikTok依据宪法第一修正案对该法提出的异议。据CBS新闻报道，大法官们对该公司的理据持怀疑态度。",
    },
    "lemon8-top": {
        "date_label": "2024年12月至2025年1月14日",
        "headline": "TikTok用户另觅去处，Lemon8走红",
        "summary": "随着期限临近，同属字节跳动的生活方式应用Lemon8用户增加。路透社报道，其12月在美国的下载量增长190%；1月13日至14日，它在苹果美国应用商店免费应用下载榜上排名第二，仅次于小红书。",
        "confidence_note": "路透社、TheWrap和NBC新闻（经《印度斯坦时报》转述）一致称，Lemon8在1月13日至14日排名第二。此前有说法称它在1月8日前后排名第一，依据的是两个博客（现已弃用）和一份未注明日期的《福布斯》转载；彭博社（仅见转载）称它在1月13日曾短暂排名第一。",
    },
    "refugees-arrive": {
        "date_label": "2025年1月11日至12日周末",
        "headline": "美国TikTok用户开始加入小红书",
        "summary": "周末期间，数以千计的美国TikTok用户开始注册小红书（Xiaohongshu）——一款中国生活方式应用，英文名为RedNote。许多人自称“TikTok难民”。",
        "confidence_note": "《连线》杂志把起点定在1月11日至12日的周末；美联社则称，这发生在1月10日最高法院辩论之后的几天里。两种说法并不矛盾。",
        "mentions": [
            {"quote_translation": "大批自称“TikTok难民”的美国用户涌入小红书"},
            {"quote_translation": "这些自称“TikTok难民”的用户已迁移到RedNote"},
        ],
    },
    "rednote-number-one": {
        "headline": "小红书登顶苹果美国免费应用榜",
        "summary": "1月13日周一（美国时间），小红书成为美国iPhone免费应用下载量第一，Lemon8位居第二。1月14日，它仍排名第一。",
        "confidence_note": "美国媒体（美联社、NBC新闻、《连线》杂志）都说是1月13日周一。CNN香港和路透社的一篇解读文章（均仅见转载）说是周二，《华盛顿邮报》的一份转载则说是在周末。美国的周一晚间在亚洲已是周二，因此本解读按美国时间记日。",
    },
    "live-chat": {
        "headline": "逾5万名用户加入“TikTok难民”直播聊天室",
        "summary": "据路透社报道，1月13日，小红书上一个名为“TikTok Refugees”（TikTok难民）的直播聊天室吸引了超过5万名美国和中国用户。",
        "confidence_note": "只有路透社一个出处；同一稿件也刊登在Gulf Daily News和肯尼亚的Nation上。未找到路透社官网上的原始页面。",
    },
    "hashtag-surge": {
        "headline": "#TikTokRefugee话题在小红书迅速升温",
        "summary": "带有#TikTokRefugee标签的帖子在小红书上迅速传播。美联社统计，1月14日该标签下的帖子超过16万条；另一篇报道称，当晚浏览量已超过1亿次。各报道的数字差异很大，因此不列入图表。",
        "confidence_note": "两篇报道都显示该标签迅速升温，但数字因来源和时间点而异：6.3万条帖子（BBC，仅见转载）；截至北京时间1月14日18:00有11.4万条帖子、7300万次浏览（一家中国官方网站）；浏览量约6000万次，后来达2.5亿次（CNN，仅见转载）；截至1月15日中午有2.9亿次浏览（法新社，仅见转载）。",
    },
    "users-estimate-jump": {
        "headline": "估算：小红书美国日活用户近340万",
        "summary": "据Similarweb估算，1月13日小红书在美国的日活跃用户约为340万，前一天不足70万，一周前约为30万。",
        "confidence_note": "这是单一估算（Similarweb），由路透社报道，路透社的说法是“截至周一”（1月13日）。TechCrunch后来一篇报道的转载称，340万是“到周四”（1月16日）才达到的，周环比增长133.8%；由于路透社的表述明确，本解读仍采用周一。",
    },
    "shutdown-plan-report": {
        "headline": "报道：TikTok计划于1月19日自行停服",
        "summary": "科技媒体The Information和随后的路透社报道，TikTok将于1月19日对所有美国用户关闭应用，显示一则通知，并让用户下载个人数据。而该法本身只禁止应用商店和托管服务为其提供服务。",
        "confidence_note": "路透社先是转述了The Information的报道，随后又援引了知悉该计划的消息人士；未找到The Information的原文。",
        "mentions": [{"quote_translation": "有报道称，字节跳动计划于1月19日主动对其1.7亿美国用户关闭该应用"}],
    },
    "new-users-700k": {
        "headline": "路透社：两天内新增逾70万名用户",
        "summary": "路透社援引一名接近该公司的匿名人士报道，两天内有超过70万名新用户加入小红书。这一数字无法独立核实。",
        "confidence_note": "只有一个匿名消息来源，经路透社报道；Fast Company和自由亚洲电台转述了这一数字。TechCrunch后来一篇报道的转载则称这一数字来自Sensor Tower，其中一份转载还将其误印为7亿。",
        "mentions": [{"quote_translation": "这股意料之外的国际用户潮"}],
    },
    "both-stores-top": {
        "headline": "小红书持续位居下载榜前列",
        "summary": "整整一周，小红书在美国下载榜上一直位居或接近榜首。自由亚洲电台、福克斯新闻和Investopedia报道的转载还称，1月15日至17日它在Google Play上也排名第一，但未找到原文。",
        "confidence_note": "它在苹果榜单上的领先地位已获证实。Google Play排名第一的说法只见于转载，日期分别为1月15日周三（自由亚洲电台）、1月16日周四（福克斯新闻）和1月17日周五（Investopedia）；Engadget的一份转载则称，1月13日它在Google Play上排名第34位。",
    },
    "moderator-hiring": {
        "headline": "招聘广告寻找英语内容审核员",
        "summary": "中国的招聘网站上出现为小红书招聘英语“内容审核员”的职位信息。《连线》杂志发现，其中一些由外包公司发布。",
        "confidence_note": "招聘广告的存在已获证实，细节则没有。各方报道的薪资范围不一（每月4500元至13000元不等），对于广告由小红书还是外包商发布，各来源的说法也不同。",
        "mentions": [{"quote_translation": "超出平台原有审核框架的外国用户和内容"}],
    },
    "regulator-guidance": {
        "date_label": "2025年1月13日当周",
        "headline": "中国的内容规定延伸至小红书新用户",
        "summary": "部分美国新用户的帖子和账号因中国的内容规定而被移除。《华尔街日报》后来援引匿名人士报道，中国互联网监管部门在那一周之初曾要求小红书留意平台上的中外交流。",
        "confidence_note": "移除帖子的情况由中国数字时代和《镜周刊》报道。监管部门下达指示一事只有一个依据，即《华尔街日报》的报道；该报道援引匿名人士，且本解读仅见到转载。",
        "mentions": [{"quote_translation": "中国当局会介入吗？如果会，又将如何介入？"}],
    },
    "translation-tested": {
        "headline": "小红书称自动翻译功能已完成测试",
        "summary": "据中文媒体1月16日报道，小红书客服表示会把用户对一键翻译的需求反馈给相关人员，自动翻译功能也已于近日完成测试。",
    },
    "text-a-published": {
        "date_label": "约2025年1月14日至16日（未注明日期）",
        "headline": "文本A：企业博客上的一篇未署名文章",
        "summary": "一篇未署名的文章，即本解读中的文本A，刊登在You Find和HK-Link的商业博客上。文章没有注明日期；从内容看，它写于首批停服报道之后、最高法院作出裁决之前。",
        "confidence_note": "这一日期是我们的推断，并非公布的日期：文章转述了1月14日至15日的报道，仍预期1月19日作出裁决，而且一个内容相近的页面注明的日期是2025年1月16日。",
    },
    "supreme-court-ruling": {
        "headline": "最高法院一致裁定维持该法",
        "summary": "最高法院以一份不署名的法院意见驳回了TikTok依据宪法第一修正案提出的异议。2025年1月19日的期限不变。",
        "mentions": [{
            "quote_translation": "美国最高法院将于1月19日作出最终裁决，决定TikTok的最终命运。",
            "expected": "写作之时，文本A预期最高法院会在2025年1月19日，即出售期限当天，作出最终裁决。",
            "happened": "实际情况是，最高法院于2025年1月17日、即提前两天作出裁决，并一致维持该法。",
        }],
    },
    "tiktok-goes-dark": {
        "time_note": "各方报道的时间从美国东部时间22:15到接近23:00不等：《华盛顿邮报》称22:30，NPR称约22:35，其他报道称22:15、22:45和“晚上11点前不久”。22:30是居中的数值。",
        "headline": "TikTok对美国用户停止服务",
        "summary": "在该法生效前数小时，TikTok对美国用户停止运作，并向他们显示一则消息。苹果和谷歌把它连同字节跳动旗下的CapCut和Lemon8一起从美国应用商店下架。",
        "confidence_note": "各来源都说TikTok是在1月18日深夜（美国东部时间）停止服务的，但具体时间说法不一：22:30（《华盛顿邮报》）、约22:35（NPR）、22:15和22:45（两个二手网站，现已弃用），以及“晚上11点前不久”（IBTimes新加坡版）。约21:00时曾出现一则预警通知。部分中文网页称是中午，似乎混淆了时区。",
        "mentions": [
            {
                "quote_translation": "随着时间推移，该应用可能变得无法使用。",
                "expected": "写作之时，文本A转述了TikTok将于1月19日停服的报道，并预期该应用一旦从应用商店下架，日久可能无法使用。",
                "happened": "实际情况是，TikTok于1月18日深夜（美国东部时间；北京时间已是1月19日）停止服务，约半天后即为美国的现有用户恢复服务。它直到2025年2月13日才重新上架美国应用商店。",
            },
            {"quote_translation": "如果禁令生效，TikTok将从苹果和谷歌的应用商店下架"},
        ],
    },
    "translation-rollout": {
        "date_label": "2025年1月19日（北京时间）",
        "headline": "小红书推出一键翻译",
        "summary": "北京时间1月19日，小红书为英文帖子和评论上线一键翻译功能。部分用户当时还看不到这一功能，中英文混杂的评论也无法翻译。此前曾向部分用户小范围发布，但日期不详。",
        "confidence_note": "日期已由《中国时报》（1月19日）和《纽约时报》（“周末期间”）证实。“傍晚”这一时间点仅依据一个中文网站，现已弃用。该公司后来关于测试历时“三天”的说法，未能在存档的原始来源中找到。",
        "mentions": [{
            "quote_translation": "诸如在用户涌入后三天内推出的翻译工具等功能",
            "expected": "写作之时，文本B称翻译工具是在用户涌入后三天内推出的。",
            "happened": "实际情况是，据报道该功能于北京时间2025年1月19日上线，距小红书1月13日（美国时间）登顶约六天。测试已于1月16日前完成；此前曾有小范围发布的报道，但未找到其日期。",
        }],
    },
    "trump-promises-order": {
        "headline": "特朗普承诺签署行政令推迟执法",
        "summary": "特朗普在其社交平台Truth Social上表示，他将于周一签署行政令，延长该法禁令生效前的期限，并称希望美国在一家合资企业中持有50%的股份。",
        "confidence_note": "美联社、NPR和MediaPost引述的帖文措辞相同；未找到该帖文本身的网址。",
    },
    "tiktok-restored": {
        "time_note": "大致时间：各方报道称服务恢复的时间在周日上午（Politico，仅见转载）至中午（CNN，仅见转载）之间；TikTok声明的转载则称是下午。",
        "headline": "TikTok恢复服务并感谢特朗普",
        "summary": "停服约半天后，TikTok为美国的现有用户恢复服务，并将此归功于特朗普承诺签署的行政令。它仍未重新上架苹果和谷歌的应用商店。",
        "confidence_note": "各方报道的停服时长不一：约12小时（CNN 1月20日的报道，仅见转载）、“略超过12小时”、约14小时（CNN自己在2月13日的后续报道及其他转载）以及约16小时。美联社和MediaPost没有给出时长。",
    },
    "enforcement-paused": {
        "headline": "特朗普下令暂停执法75天",
        "summary": "特朗普就职首日签署第14166号行政令，指示司法部在75天内（至2025年4月5日）不执行该法。",
        "confidence_note": "这项行政令的签署日期为2025年1月20日，但1月30日才刊登于《联邦公报》；自1月20日起算75天为2025年4月5日，与第14352号行政令所述日期一致。部分转载误印了年份。",
        "mentions": [{
            "quote_translation": "在TikTok禁令迫在眉睫之际",
            "expected": "写作之时，文本B（日期为2025年2月3日）仍称TikTok禁令“迫在眉睫”。",
            "happened": "实际情况是，该法已于2025年1月19日生效，TikTok已经历停服和恢复，执法也已于2025年1月20日被行政令暂停。截至2月3日，TikTok仍未重新上架美国应用商店。",
        }],
    },
    "text-b-published": {
        "headline": "文本B：拉惹勒南国际研究院发表政策论文",
        "summary": "新加坡拉惹勒南国际研究院（RSIS）发表了Xing Jiahui和Li Mingjiang撰写的IDSS第008/2025号论文，即本解读中的文本B，内容涉及小红书、数字迁移与数据主权。",
        "confidence_note": "日期为论文自身标注的日期。",
        "mentions": [{"quote_translation": "第008/2025号，日期为2025年2月3日"}],
    },
    "app-store-return": {
        "headline": "TikTok重新上架苹果和谷歌应用商店",
        "summary": "美国司法部长帕姆·邦迪致函苹果和谷歌，保证两家公司不会被罚款；此后，TikTok于2月13日晚重新上架美国App Store和Google Play。",
        "confidence_note": "法新社证实TikTok于2月13日周四（美国时间）重新上架；位于更晚时区的媒体把日期记为2月14日。",
    },
    "second-delay": {
        "headline": "第二次延期：暂停执法至6月19日",
        "summary": "在出售TikTok美国业务的谈判持续之际，特朗普签署第14258号行政令，将暂停执法期延长75天，至2025年6月19日。",
        "confidence_note": "这项行政令的签署日期为2025年4月4日，4月9日刊登于《联邦公报》。",
    },
    "third-delay": {
        "headline": "第三次延期：再延90天，至9月17日",
        "summary": "特朗普签署第14310号行政令，将暂停执法期延长90天，至2025年9月17日。",
    },
    "rednote-penalised": {
        "headline": "中国监管部门因热搜榜问题处罚小红书",
        "summary": "中国互联网监管部门表示，已对小红书作出警告，并责令从严处理相关责任人，理由是其热搜榜上充斥着明星八卦和琐碎帖子。该公司表示接受处罚，并已成立工作组。",
        "confidence_note": "法新社和TVB新闻报道了监管部门的声明；监管部门没有公布处罚的细节。",
    },
    "madrid-framework": {
        "headline": "中美就TikTok问题达成框架",
        "summary": "9月14日至15日在马德里会谈后，美国财政部长斯科特·贝森特表示，两国政府已就将TikTok美国业务转由美方控股达成一项“框架”。",
        "confidence_note": "贝森特代表美方宣布了这一框架；中国商务部副部长同日予以确认。",
    },
    "fourth-delay": {
        "headline": "第四次延期：暂停执法至12月16日",
        "summary": "特朗普签署第14350号行政令，将该法的执行推迟至2025年12月16日。",
        "confidence_note": "这项行政令的签署日期为2025年9月16日，9月23日刊登于《联邦公报》；一个二手网页将其日期记为9月24日，可能依据的是刊登日期。",
    },
    "divestiture-order": {
        "headline": "行政令批准以合资方式出售TikTok美国业务",
        "summary": "第14352号行政令认定，该框架构成该法所指的“合格剥离”：成立一家美国合资企业，字节跳动持股不足20%，在七个董事席位中占一席，由甲骨文担任安全服务提供方。暂停执法期再延长120天。",
        "confidence_note": "该行政令于2025年9月25日签署，9月30日刊登于《联邦公报》。一个二手网页称该令将执法推迟至12月16日；那其实是第14350号行政令的内容，第14352号行政令规定的是120天。",
    },
    "joint-venture-agreements": {
        "headline": "TikTok签署具有约束力的合资协议",
        "summary": "TikTok和字节跳动签署协议，成立TikTok USDS Joint Venture LLC，其中甲骨文、银湖资本和MGX各持股15%，字节跳动持股19.9%。交割日定为2026年1月22日。",
        "confidence_note": "两篇报道都引述了周受资的内部备忘录。新投资者所持的50%是合计数字；其中甲骨文、银湖资本和MGX各持15%，三家合计45%。",
    },
    "joint-venture-closes": {
        "headline": "TikTok美国合资公司正式成立",
        "summary": "该合资公司宣布已正式成立，由亚当·普雷瑟（Adam Presser）出任首席执行官，此时距最后一次暂停执法期届满仅剩一天。特朗普感谢中国国家主席习近平批准这项交易。",
        "confidence_note": "该公司现称其美国用户“超过2亿”，而它在2024至2025年间引用的数字是1.7亿；本解读将两个数字分开列出，不作比较。",
    },
    "tiktok-us-outage": {
        "date_label": "2026年1月25日至27日",
        "headline": "合资公司成立数日后，美国TikTok服务受扰",
        "summary": "合资公司接手数日后，许多美国用户报告TikTok出现问题。甲骨文将其归因于旗下一个数据中心因天气原因停电；加利福尼亚州州长下令审查有关批评特朗普的帖子遭到压制的说法。",
        "confidence_note": "两个链接刊载的是同一篇路透社报道。合资公司否认存在任何审查的声明，本解读仅见于他人引述。",
    },
    "rednote-international": {
        "date_label": "自2025年年中起（2026年4月报道）",
        "headline": "小红书另建国际业务线",
        "summary": "《连线》杂志后来报道，小红书于2025年年中在新加坡注册了一家独立公司，随后为中国境外用户启用rednote.com域名，并制定了单独的服务条款。",
        "confidence_note": "只有一篇报道，且本解读未见到其页面：仅从公开代码库文件所引用的网址以及其他网站的摘要中得知其内容。",
        "mentions": [{"quote_translation": "它必须在微妙的双重身份之间周旋"}],
    },
}

SERIES = {
    "app-store-rank": {
        "metric": "小红书在美国App Store免费iPhone应用中的排名",
        "unit": "名次",
        "source": "BBC、《连线》杂志和彭博社（1月13日）；TheWrap，以及经《印度斯坦时报》转述的NBC新闻（1月14日）；自由亚洲电台（1月15日）；Investopedia（1月17日）；《纽约时报》（1月20日）",
        "caveat": "只显示有排名记录的日期；1月16日、18日和19日未找到排名。1月13日，Lemon8曾短暂排名第一。",
        "points": {
            "2025-01-15": "单一来源；当天在Google Play上也排名第一。",
            "2025-01-17": "单一来源（“到周五深夜”）。",
            "2025-01-20": "单一来源（“过去一周大部分时间都占据这一位置”）。",
        },
    },
    "daily-users": {
        "metric": "小红书美国日活跃用户数（估算）",
        "unit": "用户数",
        "source": "Similarweb数据：1月6日至13日的数字据路透社报道，1月19日至20日的数字出自Similarweb的一篇博客文章",
        "caveat": "Similarweb对iPhone和Android用户的估算，来自该公司两次不同的发布。日活跃用户数不同于下载量或新注册用户数。",
        "points": {
            "2025-01-06": "“一周前”约30万；日期为大致日期。",
            "2025-01-12": "不足70万：这是上限值。",
            "2025-01-13": "约340万。",
            "2025-01-19": "六天后即为1月13日估算值的十倍，约相当于当天TikTok美国日活用户的30%。仅出自Similarweb的一篇文章，未经核实。",
            "2025-01-20": "比前一天低54%，与有争议的1月19日数字出自同一篇文章。",
        },
    },
}

CHART_NOTES = {
    "downloads-20x": ("美国下载量达到此前七天的20倍以上，并超过2024年同一周的30倍", "Sensor Tower数据，据DESIblitz和Xuan报道"),
    "downloads-194": ("本周初：美国下载量较前一周增长194%，较去年同期增长逾200%", "Sensor Tower数据，据路透社和Fast Company报道"),
    "users-minus-17": ("美国平均日活用户比1月13日至19日的平均值低约17%", "Sensor Tower数据，据TechCrunch报道"),
}

TEXTS = {
    "a": {
        "label": "文本A",
        "date_note": "我们把它定在2025年1月14日至16日前后：文章转述了1月14日至15日首次发布的TikTok停服计划报道，仍预期最高法院于1月19日作出裁决（最高法院实际于1月17日裁决），而且You Find新加坡网站上一个内容相近的页面注明的日期是2025年1月16日。标题取自HK-Link页面的网址；文章没有署作者名。",
        "genre": "评论文章（节选）：提出问题，列举后果",
        "app_name": "Xiaohongshu（“小红书”的拼音）",
    },
    "b": {
        "label": "文本B",
        "genre": "学术性政策评论：提出并论证一个论点",
        "app_name": "RedNote（小红书的英文名）",
    },
}

TOPICS = {
    "motive": {
        "question": "美国为何对TikTok采取行动？",
        "left": "真正的安全措施",
        "right": "政治性的霸权举动",
        "readings": {
            "a": ("文本A介绍了正反两方的观点：支持者认为确实存在安全风险，反对者则指出美国政府没有出示任何证据，禁令出于政治目的。但文本A自身的措辞偏向政治解读：它说美国挥舞“国家安全”的大棒，质问禁令是否属于“数字霸权”，并把禁令描述为美国在伸张其数字主权。",
                  ["当美国政府挥舞起“国家安全”的大棒",
                   "TikTok禁令真的是出于国家安全考虑，还是数字霸权的体现？",
                   "TikTok禁令可以被视为美国政府伸张其数字主权的一种尝试"]),
            "b": ("文本B没有评判美国为何采取行动。它把禁令当作既定事实，将其置于中美竞争的背景之下，并指出用户转移平台，部分是为了抗议美国政府针对TikTok的行动。",
                  ["因中美竞争而加剧，在TikTok禁令迫在眉睫之际尤其如此",
                   "抗议美国政府针对TikTok的行动"]),
        },
        "common_ground": "两篇文本都把禁令置于中美之间围绕技术和数据的更大角力之中。",
        "key_difference": "文本A质疑安全理由，倾向于政治解读；文本B则完全不评判动机。",
    },
    "cultural-exchange": {
        "question": "迁移到小红书（RedNote）对文化交流意味着什么？",
        "left": "真正的文化桥梁",
        "right": "转瞬即逝的幻象",
        "readings": {
            "a": ("文本A把这次用户涌入描述为中西方交流的一扇新窗口，并提出疑问：小红书的崛起能否成为中国文化输出的机遇。它只是以提问的方式提出这些看法；本节选没有给出答案。",
                  ["为中西方文化交流打开了一扇新窗口",
                   "小红书的崛起能否成为中国文化输出的新机遇？"]),
            "b": ("文本B承认其中有一定潜力，并以翻译工具为例；它还提到，中国网民把小红书视为输出中国文化的渠道。但文本B自己的判断是，这一刻只是短暂而虚幻的乌托邦：这次迁移事先无人预料，很可能昙花一现，而国家之间的竞争使小红书更难继续成为不同文化的交汇点。",
                  ["这场未经计划、很可能短暂的向RedNote的数字迁移，短暂地重新点燃了让人类与文化重新连接的虚幻希望",
                   "使它更不可能继续作为不同文化的交汇点"]),
        },
        "common_ground": "两篇文本都认为中美用户之间存在一定的交流潜力，也都提到了中国文化输出的说法。",
        "key_difference": "文本A把这次涌入视为一个契机；文本B则认为它很可能昙花一现，并面临地缘政治的风险。",
    },
    "state-power": {
        "question": "文本审视的是哪一方的国家权力？",
        "left": "仅美国政府",
        "right": "中美两国政府",
        "readings": {
            "a": ("文本A审视的是美国政府的行为：各项限制措施、为此给出的“国家安全”理由，以及由此带来的后果。它只在转述美方的指控（字节跳动可能向中国政府提供用户数据）时提到中国政府；本节选没有审视中国政府自身的角色。",
                  ["美国政府对TikTok的打压引发了广泛争议。"]),
            "b": ("文本B同时审视两国。它追问中国当局是否会介入——是采取较温和的方式，还是把小红书当作“文化宣传的政治工具”——也追问美国政府是否会像对待TikTok那样审查小红书。",
                  ["中国当局会介入吗？如果会，又将如何介入？",
                   "RedNote会受到美国政府的审查吗？"]),
        },
        "common_ground": "两篇文本都认同，政府的行为左右着这些应用的命运。",
        "key_difference": "在本节选中，文本A只关注华盛顿；文本B还追问北京可能会对小红书做什么。",
    },
    "data-sovereignty": {
        "question": "数据主权问题牵涉什么利害？",
        "left": "数据管控使开放的互联网走向分裂",
        "right": "数据管控从两边制约平台",
        "readings": {
            "a": ("文本A认为，数据已成为各国政府都想掌控的战略资源；它把禁令视为美国在伸张其数字主权，并警告这可能使互联网分裂成不同阵营。",
                  ["数据已成为一种关键的战略资源",
                   "使互联网分裂成不同的阵营"]),
            "b": ("文本B认为，跨境管辖问题限制了小红书的发展空间，并指出其中的反讽：逃离TikTok禁令的美国用户反而把自己的数据交给了一个中国平台。它还以欧盟《通用数据保护条例》（GDPR）为例，说明数据规则正在变化。",
                  ["RedNote影响力的进一步扩大受到跨境管辖问题的制约",
                   "逃离TikTok禁令的美国用户叛逆地把自己的数据交给了中国",
                   "以欧盟《通用数据保护条例》（GDPR）为代表"]),
        },
        "common_ground": "两篇文本都把这一事件与数据主权联系起来，即各国政府都在寻求掌控数据。",
        "key_difference": "文本A强调对全球互联网的损害；文本B强调小红书自身受到的限制。",
    },
    "user-agency": {
        "question": "在这件事中，用户是否具有能动性？",
        "left": "用户随波逐流",
        "right": "用户有所行动，但无法重塑治理",
        "readings": {
            "a": ("文本A把这些用户描述为自称“难民”、为寻找替代平台而涌入小红书的人。它使用的是迁徙的语言；本节选没有讨论用户的选择能改变什么。",
                  ["自称“TikTok难民”，涌入小红书，寻找TikTok的替代品"]),
            "b": ("文本B把用户视为主动行动的人，甚至带有叛逆色彩，以此抗议本国政府。它提到一些分析人士寄望于这种自下而上的行动，但它自己的一个小标题认为，用户的能动性不太可能重塑全球数字治理。",
                  ["把RedNote当作抗议本国政府的一种方式",
                   "用户能动性不太可能显著影响全球数字治理"]),
        },
        "common_ground": "两篇文本都沿用了用户的自称：“TikTok难民”。",
        "key_difference": "文本A描述大批用户涌入，但不讨论他们的选择；文本B认为用户在以行动表达抗议，却无力改变规则。",
    },
    "open-internet": {
        "question": "开放、无国界的互联网真的存在吗？",
        "left": "开放是互联网的本质，如今正受到冲击",
        "right": "无国界的互联网是乌托邦式的幻象",
        "readings": {
            "a": ("文本A认为，开放与互联互通是互联网的本质，并认为禁令设置了壁垒，使互联网走向分裂。",
                  ["互联网的本质是开放和互联互通，但TikTok禁令人为地设置了壁垒"]),
            "b": ("文本B把无国界的互联网称为一种乌托邦愿景，认为它呼应了“加州意识形态”，并认为小红书只是一时实现了这一愿景；文本B的标题把这种乌托邦称为幻象。",
                  ["一时实现了无国界互联网的乌托邦愿景，而这一愿景呼应了上个世纪的“加州意识形态”",
                   "互联网乌托邦的幻象"]),
        },
        "common_ground": "两篇文本都把这一事件与国家之间围绕互联网的竞争联系起来。",
        "key_difference": "文本A捍卫开放，视之为互联网的本性；文本B则称无国界的互联网是一种幻象。",
    },
    "what-next": {
        "question": "接下来会怎样？",
        "left": "悬而未决，后果大多是负面的",
        "right": "前景未卜，很可能成为新战场",
        "readings": {
            "a": ("文本A把结果作为一个开放问题留待回答，但列举了禁令可能带来的后果，而且全是负面的：互联网变得不那么开放，创新和国际合作减少，国家之间的不信任加深。",
                  ["它也可能带来一系列负面后果",
                   "加剧国家之间的不信任与对抗"]),
            "b": ("文本B认为，小红书能否连接不同文化仍有待观察；它可能面临TikTok曾遭遇的困境，并可能成为全球科技战的下一个战场。",
                  ["RedNote能否克服这些挑战、真正连接不同文化，仍有待观察。",
                   "因此，RedNote可能成为全球科技战的下一个战场"]),
        },
        "common_ground": "两篇文本都认为结果尚不确定，并受中美之间紧张关系的左右。",
        "key_difference": "文本A列举禁令对互联网和互信造成的损害；文本B则预期小红书本身可能成为下一个战场。",
    },
}

QUESTIONS = {
    "notice-order": "看看截止前的那一周。小红书登上美国App Store榜首、最高法院作出裁决、TikTok停止服务，哪件事最先发生？你从这个先后顺序中注意到了什么？",
    "notice-time-zones": "按美国东部时间，TikTok在1月18日夜间停止服务。当时北京是几月几日几点？为什么两国的报道会对同一时刻给出不同的日期？",
    "notice-confidence": "找出标为“单一来源”或“有争议”的事件。哪些类型的事实最难证实？原因可能是什么？",
    "wonder-estimates": "小红书日活用户的估算数字在一周之内大起大落。在采信这些数字之前，关于它们的测算方法，你想了解些什么？",
    "wonder-deadline": "最高法院维持该法之后，五道行政令使该法的执行推迟了约一年。这让你想到了哪些问题？",
    "texts-motive": "文本A问道，禁令是“真的出于国家安全考虑”，还是“数字霸权的体现”。要回答这个问题，你需要哪些证据？",
    "texts-bridge": "文本B问道，小红书能否成为真正进行全球对话的场所，还是会被卷入地缘政治。此后发生的哪些事情可以帮助你回答这个问题？",
    "texts-names": "文本A用拼音Xiaohongshu称呼这款应用，文本B则称它为RedNote。这两种叫法可能分别透露出文本本身及其读者的哪些信息？",
    "texts-overtaken": "两篇文本都写于事态仍在发展之时。它们的哪些说法已被后来的事态发展所改变？这是否会影响你对其论点的看法？",
}

METHOD = [
    "比较部分用同样的七个问题来解读两篇文本。对每个问题，我们细读每篇文本，把它放在两个标明端点之间的五级量表上，用我们自己的话概括其立场，并选取一至三段简短引文作为证据。",
    "这些位置是编辑判断，而非测量结果。另一位细心的读者对某篇文本的定位可能相差一级；列出引文，正是为了让你自己权衡证据。如果某篇文本只是转述他人的观点，概述中会予以说明。",
    "文本A是节选：我们读到的文件在一段有关TikTok停服报道的文字之后就结束了，网上的版本可能还有后续内容。在它未涉及的地方，我们说“本节选未涉及”某个问题，而不说全文忽略了这个问题。文本A未署名，也未注明日期；其日期是我们的估计。",
    "如何核查我们的解读：每段引文都与原文逐字一致（引号可以是直引号或弯引号，“…”用于连接同一段落中的两部分）。在本中文版中，引文保留英文原文，旁附我们自己的中文译文；核查时请以英文原文为准。文本B的全文可在上方链接的RSIS网站上阅读；文本A没有已知的稳定链接，因此注明了刊载它的博客。",
    "时间线上的事件，都是我们根据各事件所列来源用自己的话写成的。每个事件都带有一个标签：已证实（两个或以上独立出处）、单一来源，或有争议（来源之间相互矛盾，并附注说明分歧所在）。链接只指向原始媒体和官方记录；只在其他网站上读到转载的报道，则注明媒体、描述和日期，不附链接。来源的媒体名称和标题保留英文原文。",
]

PRESENTATION_NOTES = {
    "law-signed": "整件事的核心是这部法律：期限为2025年1月19日。",
    "new-users-700k": "提问：一个匿名消息来源应该占多大分量？",
    "tiktok-goes-dark": "同一时刻，在华盛顿是1月18日，在北京已是1月19日。",
    "app-store-return": "文本B（日期为2月3日）仍称禁令迫在眉睫；十天后，TikTok已重新上架应用商店。",
}


def need(cond, msg):
    if not cond:
        raise SystemExit("build_zh: " + msg)


def build(en):
    zh = copy.deepcopy(en)
    m = zh["meta"]
    for k in ("title", "subtitle", "credits"):
        m[k] = META[k]
    m["language"] = "zh-Hans"
    # New keys go after the existing ones, in this order.
    m["translation"] = META["translation"]
    m["translation_en"] = META["translation_en"]
    m["original_language"] = "en"

    for lane in zh["lanes"]:
        lane["label"], lane["description"] = LANES[lane["id"]]
    for era in zh["eras"]:
        era["label"] = ERAS[era["id"]]

    need(set(EVENTS) == {e["id"] for e in zh["events"]}, "event ids differ")
    for e in zh["events"]:
        t = EVENTS[e["id"]]
        e["headline"], e["summary"] = t["headline"], t["summary"]
        for key in ("date_label", "confidence_note"):
            need((key in e) == (key in t), f"{e['id']}: {key} present in one edition only")
            if key in t:
                e[key] = t[key]
        need(("time" in e and e["time"].get("note") is not None) == ("time_note" in t), f"{e['id']}: time note")
        if "time_note" in t:
            e["time"]["note"] = t["time_note"]
        tm = t.get("mentions", [])
        need(len(tm) == len(e["mentions"]), f"{e['id']}: mention count")
        new_mentions = []
        for men, tr in zip(e["mentions"], tm):
            need(("expected" in men) == ("expected" in tr), f"{e['id']}: expected")
            out = {}
            for k, v in men.items():
                if k in ("expected", "happened"):
                    out[k] = tr[k]
                else:
                    out[k] = v
                if k == "quote":
                    out["quote_translation"] = tr["quote_translation"]
            new_mentions.append(out)
        e["mentions"] = new_mentions

    for s in zh["series"]:
        t = SERIES[s["id"]]
        for k in ("metric", "unit", "source", "caveat"):
            s[k] = t[k]
        for p in s["points"]:
            need(("caveat" in p) == (p["date"] in t["points"]), f"{s['id']} {p['date']}: caveat")
            if "caveat" in p:
                p["caveat"] = t["points"][p["date"]]

    for n in zh["chart_notes"]:
        n["label"], n["source"] = CHART_NOTES[n["id"]]

    for x in zh["texts"]:
        for k, v in TEXTS[x["id"]].items():
            need(k in x, f"text {x['id']}: {k}")
            x[k] = v

    for tp in zh["topics"]:
        t = TOPICS[tp["id"]]
        tp["question"] = t["question"]
        tp["spectrum"]["left"], tp["spectrum"]["right"] = t["left"], t["right"]
        new_readings = []
        for r in tp["readings"]:
            para, qt = t["readings"][r["text"]]
            need(len(qt) == len(r["quotes"]), f"{tp['id']}/{r['text']}: quote count")
            out = {}
            for k, v in r.items():
                out[k] = para if k == "paraphrase" else v
                if k == "quotes":
                    out["quote_translations"] = qt
            new_readings.append(out)
        tp["readings"] = new_readings
        tp["common_ground"], tp["key_difference"] = t["common_ground"], t["key_difference"]

    for q in zh["questions"]:
        q["prompt"] = QUESTIONS[q["id"]]
    need(len(METHOD) == len(zh["method"]), "method paragraphs")
    zh["method"] = METHOD
    for st in zh["presentation"]:
        if "note" in st:
            st["note"] = PRESENTATION_NOTES[st["id"]]
        else:
            need(st.get("id") not in PRESENTATION_NOTES, f"step {st.get('id')}: note")
    return zh


if __name__ == "__main__":
    en = json.load(open(SRC, encoding="utf-8"))
    zh = build(en)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(zh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", OUT)
