import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.io.File;

// Page2Txt: dump a saved docs page as plain text, one block per line.
// usage: java -cp /usr/share/java/jsoup.jar Page2Txt.java page.html > page.txt
public class Page2Txt {
    public static void main(String[] args) throws Exception {
        Document doc = Jsoup.parse(new File(args[0]), "UTF-8");
        doc.select("script, style, button.copy").remove();
        for (Element el : doc.body().select("h1, h2, h3, p, pre, tr, li")) {
            switch (el.tagName()) {
                case "tr":
                    System.out.println(String.join("\t", el.children().eachText()));
                    break;
                case "pre":
                    System.out.println(el.wholeText());
                    break;
                default:
                    System.out.println(el.text());
            }
        }
    }
}
