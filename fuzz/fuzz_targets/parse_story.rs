//! Feeds arbitrary UTF-8 text to `parse_story`. It must never panic (nor overflow the stack or
//! hang); when it returns problems, each has a `$` path and a message; when it accepts a story,
//! that story must validate again with no problems.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rednote_explainer::model::parse_story;
use rednote_explainer::model::validate::validate;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_story(text) {
        Ok(story) => {
            let problems = validate(&story);
            assert!(
                problems.is_empty(),
                "an accepted story does not validate again: {problems:#?}"
            );
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "Err with no problems");
            for problem in &problems {
                assert!(problem.path.starts_with('$'), "{problem:?}");
                assert!(!problem.message.trim().is_empty(), "{problem:?}");
            }
        }
    }
});
