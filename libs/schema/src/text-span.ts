import { builder } from './builder';

export const TextSpanRef = builder.objectRef<{ start: number; end: number }>('TextSpan').implement({
  description: 'Character offsets [start, end) of quoted words in the article text: `article.text.slice(start, end)` gives them back.',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});
