// The JavaScript alternatives a newsroom would reach for, bundled for the browser by bench/run.sh
// (esbuild → out/alternatives.js). Each function does the same work as factcard's extraction:
// people, organizations, quotations, numbers and dates (compromise + compromise-dates), and the
// entity pass of wink-nlp with its web model.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

nlp.plugin(datesPlugin);
const wink = winkNLP(model);
const its = wink.its;

globalThis.alternatives = {
  /** compromise + compromise-dates: people, organizations, quotations, numbers, dates. */
  compromise(text, published) {
    const doc = nlp(text);
    return {
      people: doc.people().out('array'),
      organizations: doc.organizations().out('array'),
      quotes: doc.quotations().out('array'),
      numbers: doc.numbers().json().length,
      dates: doc.dates({ today: published }).json().length,
    };
  },
  /** wink-nlp: the entity pass (dates, numbers, ordinals, money, percentages...). */
  wink(text) {
    const doc = wink.readDoc(text);
    return doc.entities().out(its.detail).length;
  },
};
