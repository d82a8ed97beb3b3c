export * from './values';
export * from './extraction';
export * from './names';
export * from './dates';
export * from './affiliations';
export * from './spans';
export * from './article-text';
export * from './extraction-json';
