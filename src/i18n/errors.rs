//! The error page's words, in a table of their own: only the error page's code reads them,
//! which in the release build is a chunk of its own that most readers never fetch, so that
//! they do not weigh on the first view. (`Strings::error_heading` stays in the main table:
//! the page says it even when that chunk cannot be fetched.)

use super::t;
#[cfg(any(feature = "zh-hans", not(target_arch = "wasm32")))]
use super::Lang;

/// Every word of the error page but its heading, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorStrings {
    /// Before the list of problems.
    pub problems_intro: &'static str,
    /// The link back to the built-in story.
    pub back: &'static str,
    /// A `data` parameter naming another site: "… ({site}) … ({allowed}) …".
    pub other_origin: &'static str,
    /// A `data` parameter that is not an address: "The data parameter “{param}” …".
    pub not_address: &'static str,
    /// A story file that could not be fetched: "The story file “{address}” could not be loaded: " (the browser's reason follows, in English).
    pub fetch: &'static str,
    /// The story-file reader's code could not be fetched.
    pub reader: &'static str,
    /// A story file with one problem: "The story file “{address}” has 1 problem."
    pub invalid_one: &'static str,
    /// A story file with problems: "… has {count} problems."
    pub invalid_many: &'static str,
}

/// The error page's words in English.
pub const EN_ERRORS: ErrorStrings = ErrorStrings {
    problems_intro: "Each problem is listed with where it is in the file (as a JSON path):",
    back: "Show the built-in story instead",
    other_origin: "The data parameter points to another site ({site}). For safety, only story files on this site ({allowed}) can be loaded.",
    not_address: "The data parameter \"{param}\" is not a web address or a path on this site.",
    fetch: "The story file \"{address}\" could not be loaded: ",
    reader: "The part of the explainer that reads story files could not be loaded. Check the connection, then reload the page.",
    invalid_one: "The story file \"{address}\" has 1 problem.",
    invalid_many: "The story file \"{address}\" has {count} problems.",
};

#[cfg(any(feature = "zh-hans", not(target_arch = "wasm32")))]
/// The error page's words in Simplified Chinese.
pub const ZH_HANS_ERRORS: ErrorStrings = ErrorStrings {
    problems_intro: "以下列出每个问题及其在文件中的位置（以JSON路径表示）：",
    back: "改为显示内置版本",
    other_origin:
        "data参数指向其他网站（{site}）。为安全起见，只能加载本站（{allowed}）上的解读数据文件。",
    not_address: "data参数“{param}”既不是网址，也不是本站上的路径。",
    fetch: "无法加载解读数据文件“{address}”：",
    reader: "本解读中用于读取数据文件的部分未能加载。请检查网络连接，然后重新加载页面。",
    invalid_one: "解读数据文件“{address}”有1个问题。",
    invalid_many: "解读数据文件“{address}”有{count}个问题。",
};

/// The error page's words in the page's language.
pub fn errors() -> &'static ErrorStrings {
    match t().lang {
        #[cfg(any(feature = "zh-hans", not(target_arch = "wasm32")))]
        Lang::ZhHans => &ZH_HANS_ERRORS,
        _ => &EN_ERRORS,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn both_languages_fill_in_the_same_values() {
        let all = |e: &ErrorStrings| {
            [
                e.problems_intro,
                e.back,
                e.other_origin,
                e.not_address,
                e.fetch,
                e.reader,
                e.invalid_one,
                e.invalid_many,
            ]
            .map(|s| {
                let mut names: Vec<&str> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n))
                    .collect();
                names.sort();
                assert!(!s.is_empty());
                names
            })
        };
        assert_eq!(all(&EN_ERRORS), all(&ZH_HANS_ERRORS));
        assert!(EN_ERRORS.fetch.ends_with(": ") && ZH_HANS_ERRORS.fetch.ends_with('：'));
        crate::i18n::set_strings(&crate::i18n::ZH_HANS);
        assert_eq!(errors(), &ZH_HANS_ERRORS);
        crate::i18n::set_strings(&crate::i18n::EN);
        assert_eq!(errors(), &EN_ERRORS);
    }
}
