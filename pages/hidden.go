package pages

// HiddenClasses is the pattern of the classes that hide an element's text
// from the eye and leave it to a screen reader (" (opens in a new tab)"
// after a link, a nav bar's label), in the CSS of Bootstrap, Tailwind,
// WordPress and others: a reader of a page in any style that keeps an
// element's classes reads such an element as no text.
const HiddenClasses = `sr-only|visually-?hidden|screen-reader-(?:text|only)|assistive-text|a11y-hidden|hidden-visually`
