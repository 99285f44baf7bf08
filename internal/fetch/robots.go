package fetch

import (
	"context"
	"fmt"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// agent is the name the crawler looks for in robots.txt.
const agent = "docs2go"

// robotsCache holds the robots.txt of each host, read once.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	once  sync.Once
	group *robotstxt.Group
	err   error
}

// allows reports whether the robots.txt of u's host lets docs2go fetch u.
// A robots.txt that is missing (4xx) allows everything; one the server
// fails to give (5xx) disallows everything, as RFC 9309 says.
func (r *robotsCache) allows(ctx context.Context, c *crawler, u string) (bool, error) {
	pu, err := url.Parse(u)
	if err != nil {
		return false, err
	}
	root := pu.Scheme + "://" + pu.Host
	r.mu.Lock()
	if r.hosts == nil {
		r.hosts = map[string]*robotsEntry{}
	}
	e := r.hosts[root]
	if e == nil {
		e = &robotsEntry{}
		r.hosts[root] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		resp, err := c.get(ctx, root+"/robots.txt", nil)
		if err != nil {
			e.err = fmt.Errorf("robots.txt: %w", err)
			return
		}
		data, err := robotstxt.FromStatusAndBytes(resp.status, resp.body)
		if err != nil {
			e.err = fmt.Errorf("%s/robots.txt: %w", root, err)
			return
		}
		e.group = data.FindGroup(agent)
		if d := e.group.CrawlDelay; d > 0 {
			if limit := rate.Every(d); limit < c.limiter.Limit() {
				c.limiter.SetLimit(limit)
			}
		}
	})
	if e.err != nil {
		return false, e.err
	}
	path := pu.EscapedPath()
	if pu.RawQuery != "" {
		path += "?" + pu.RawQuery
	}
	return e.group.Test(path), nil
}
