export { AnnotationFormatError, parseBratAttributions, type GoldAttribution } from './brat';
export { goldQuotes, quotationSpans, type GoldQuote } from './gold-quotes';
export { carriesName, namedSurname } from './named-source';
export { addTallies, scorePolnearArticle, type PolnearArticle, type PolnearFinding, type PolnearScore, type PolnearTally } from './score-polnear';
export { formatPolnearTable, polnearFigures, polnearSummary, type PolnearFigures } from './polnear-table';
